package org.mplus.tck.report;

import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.ScenarioRecords;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Rule;

/** Collects a verdict for every scenario as Cucumber finishes it, and tells a listener (the progress line). */
public final class ResultCollector implements ConcurrentEventListener {

    private static final String RULE_TAG = "@rule:";

    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final OutlineRows rows = new OutlineRows();
    private final List<ScenarioResult> results = new CopyOnWriteArrayList<>();
    private final RunListener listener;

    public ResultCollector(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, this::parsed);
        publisher.registerHandlerFor(Envelope.class, e -> e.getGherkinDocument().ifPresent(rows::read));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void parsed(TestSourceParsed event) {
        for (Node node : event.getNodes()) {
            node.getName().ifPresent(name -> featureNames.put(event.getUri(), name));
        }
    }

    private void finished(TestCaseFinished event) {
        TestCase test = event.getTestCase();
        Optional<ScenarioRecord> record = ScenarioRecords.take(test.getId().toString());
        List<String> rules = test.getTags().stream().filter(t -> t.startsWith(RULE_TAG))
                .map(t -> t.substring(RULE_TAG.length())).distinct().toList();
        String file = test.getUri().toString().replaceAll(".*/", "");
        ScenarioResult result = new ScenarioResult(
                test.getId().toString(),
                rows.name(test.getUri().toString(), test.getLocation().getLine(), test.getName()),
                featureNames.getOrDefault(test.getUri(), file),
                file + ":" + test.getLocation().getLine(),
                record.flatMap(ScenarioRecord::call).orElseGet(() -> subjectOf(rules)),
                record.flatMap(ScenarioRecord::imType),
                rules,
                record.map(r -> r.judgedRules().stream().sorted().toList()).orElse(List.of()),
                VerdictRules.verdict(event.getResult(), record),
                VerdictRules.finding(event.getResult()).map(Clip::finding),
                record.map(ScenarioRecord::warnings).orElse(List.of()).stream().map(Clip::finding).toList(),
                Clip.text(VerdictRules.message(event.getResult(), record)),
                event.getResult().getDuration().toMillis(),
                record.map(ScenarioRecord::hooks).orElse(List.of()),
                record.map(ScenarioRecord::timing).orElse(Timing.NONE));
        results.add(result);
        listener.finished(result);
    }

    /**
     * A scenario that made no call (a link format's, or one skipped early) is about what its own rule applies
     * to, when that is one call or one format.
     */
    private static String subjectOf(List<String> rules) {
        Catalog catalog = Catalog.standard();
        return rules.stream().map(catalog::rule).flatMap(Optional::stream).map(Rule::appliesTo)
                .filter(a -> a.size() == 1 && !a.contains(Rule.EVERY_CALL))
                .map(a -> a.get(0)).findFirst().orElse("–");
    }

    public List<ScenarioResult> results() {
        return List.copyOf(results);
    }
}
