package org.mplus.tck.report;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.mplus.tck.harness.KitRun;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.spec.KitResources;
import org.mplus.tck.spec.NamingTag;
import org.mplus.tck.spec.Rule;
import org.mplus.tck.spec.Vendor;
import org.mplus.tck.spec.VendorOnlyTags;

/**
 * Watches one pass of the suite on the JUnit Platform: binds the kit's run to every thread that judges a scenario (so
 * that the step classes find it), and turns each finished scenario into its verdict on the pass's vendor, with the
 * record its steps left.
 */
public final class SuiteListener implements TestExecutionListener {


    private final KitRun run;
    private final RunListener listener;
    private final List<ScenarioResult> results = new CopyOnWriteArrayList<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, OutlineRows> rowsByFeature = new ConcurrentHashMap<>();
    private final List<Throwable> engineFailures = new CopyOnWriteArrayList<>();
    private volatile TestPlan plan;
    private volatile Optional<KitRun> boundBefore = Optional.empty();

    public SuiteListener(KitRun run, RunListener listener) {
        this.run = run;
        this.listener = listener;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        boundBefore = run.bind();
        listener.planned((int) testPlan.countTestIdentifiers(TestIdentifier::isTest));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        KitRun.restore(boundBefore);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        // the engine may judge this node on any of its threads: each is bound before its first scenario
        run.bind();
        if (id.isTest()) {
            started.put(id.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult outcome) {
        if (!id.isTest()) {
            if (id.getParentId().isEmpty() && outcome.getStatus() == TestExecutionResult.Status.FAILED) {
                outcome.getThrowable().ifPresent(engineFailures::add);
            }
            return;
        }
        long nanos = System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime());
        Throwable error = outcome.getThrowable().orElse(null);
        Status status = switch (outcome.getStatus()) {
            case SUCCESSFUL -> Status.PASSED;
            case ABORTED -> Status.SKIPPED;
            case FAILED -> Status.FAILED;
        };
        Result result = new Result(status, Duration.ofNanos(nanos), error);
        Optional<ScenarioRecord> record = run.take();
        if (elsewhere(id)) {
            return;
        }
        List<String> rules = NamingTag.RULE.names(id.getTags().stream().map(TestTag::getName).toList());
        Location where = location(id);
        Vendor vendor = run.vendor();
        ScenarioResult scenario = new ScenarioResult(
                // one scenario is judged once per vendor: its id and name say which
                "[vendor:" + vendor.code() + "]/" + id.getUniqueId(),
                rows(where.resource()).name(where.resource(), where.line(), id.getDisplayName())
                        + ScenarioResult.ON + vendor.name(),
                featureName(id, where.resource()),
                where.file() + ":" + where.line(),
                record.flatMap(ScenarioRecord::call).orElseGet(() -> subjectOf(rules)),
                Optional.of(vendor.imType()),
                rules,
                record.map(r -> r.judgedRules().stream().sorted().toList()).orElse(List.of()),
                VerdictRules.verdict(result, record),
                VerdictRules.finding(result).map(Clip::finding),
                record.map(ScenarioRecord::warnings).orElse(List.of()).stream().map(Clip::finding).toList(),
                Clip.text(VerdictRules.message(result, record)),
                nanos / 1_000_000,
                record.map(ScenarioRecord::hooks).orElse(List.of()),
                record.map(ScenarioRecord::timing).orElse(Timing.NONE));
        results.add(scenario);
        listener.finished(scenario);
    }

    /**
     * Whether the scenario belongs to other vendors' passes (a call its vendor lacks): `run` leaves it out by tag, a
     * suite class's run skips it, and neither is a verdict on the bridge.
     */
    private boolean elsewhere(TestIdentifier id) {
        List<String> tags = id.getTags().stream().map(t -> "@" + t.getName()).toList();
        return VendorOnlyTags.whyNotOn(run.catalog(), run.vendor(), tags).isPresent();
    }

    /** Where a scenario is written: its feature (as a classpath resource or a file) and its line. */
    private record Location(String resource, String file, int line) {
    }

    private static Location location(TestIdentifier id) {
        Optional<TestSource> source = id.getSource();
        String resource = source.map(s -> s instanceof ClasspathResourceSource c ? c.getClasspathResourceName()
                : s instanceof FileSource f ? f.getFile().getPath() : s.toString()).orElse(id.getUniqueId());
        int line = source.flatMap(s -> s instanceof ClasspathResourceSource c ? c.getPosition()
                : s instanceof FileSource f ? f.getPosition() : Optional.<FilePosition>empty())
                .map(FilePosition::getLine).orElse(0);
        return new Location(resource, resource.replaceAll(".*/", ""), line);
    }

    /** The feature's name: the outermost node written in the same feature file. */
    private String featureName(TestIdentifier id, String resource) {
        TestIdentifier feature = id;
        for (Optional<TestIdentifier> p = plan.getParent(id); p.isPresent(); p = plan.getParent(p.get())) {
            TestIdentifier node = p.get();
            if (node.getSource().isPresent() && location(node).resource().equals(resource)) {
                feature = node;
            }
        }
        return feature.getDisplayName();
    }

    /** The feature's outline rows, read from the feature itself (the kit's, on the classpath, or a file). */
    private OutlineRows rows(String resource) {
        return rowsByFeature.computeIfAbsent(resource, r -> {
            OutlineRows rows = new OutlineRows();
            try (InputStream in = r.startsWith("/") ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(r))
                    : KitResources.open(r)) {
                GherkinParser.builder().includeSource(false).includePickles(false).build().parse(r, in)
                        .forEach(e -> e.getGherkinDocument().ifPresent(rows::read));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        });
    }

    /**
     * A scenario that made no call (a link format's, or one skipped early) is about what its own rule applies
     * to, when that is one call or one format.
     */
    private String subjectOf(List<String> rules) {
        List<String> subjects = rules.stream().map(run.catalog()::rule).flatMap(Optional::stream)
                .map(Rule::appliesTo).filter(a -> a.size() == 1 && !a.contains(Rule.EVERY_CALL))
                .map(a -> a.get(0)).distinct().toList();
        // never by the tags' order: rules about different calls name no one subject
        return subjects.size() == 1 ? subjects.get(0) : "–";
    }

    public List<ScenarioResult> results() {
        return List.copyOf(results);
    }

    /** What stopped an engine before it judged (a bad tag expression, a feature that does not parse). */
    public List<Throwable> engineFailures() {
        return List.copyOf(engineFailures);
    }
}
