package org.mplus.tck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;

/** conformance.json: the machine-readable result, shaped as schemas/conformance.schema.json says. */
final class JsonReport {

    static final String SCHEMA = "conformance.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(Assessment a) {
        try {
            return JSON.writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write conformance.json: " + e.getMessage(), e);
        }
    }

    static ObjectNode tree(Assessment a) {
        RunResult run = a.run();
        RunSetup setup = run.setup();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", org.mplus.tck.spec.SchemaSet.BASE + SCHEMA);
        root.putObject("kit").put("name", "mplus-tck").put("version", setup.kitVersion());

        ObjectNode bridge = root.putObject("bridge");
        bridge.put("source", setup.bridgeSource());
        bridge.put("name", setup.bridgeName().orElse(null));
        bridge.put("version", setup.clientVersion().map(Object::toString).orElse(null));
        bridge.put("engine", setup.engine());
        bridge.put("engineVersion", setup.engineVersion());
        setup.imTypes().forEach(bridge.putArray("imTypes")::add);
        if (setup.calls().isPresent()) {
            Catalog.standard().calls().stream().map(c -> c.name()).filter(setup.calls().get()::contains)
                    .forEach(bridge.putArray("calls")::add);
        } else {
            bridge.putNull("calls");
        }

        ObjectNode about = root.putObject("run");
        about.put("started", setup.started().toString());
        about.put("durationMs", run.wall().toMillis());
        about.put("profile", setup.profile().orElse(null));
        about.put("tags", setup.tags().orElse(null));
        about.put("strict", setup.strict());
        about.put("stopped", run.stopped().orElse(null));
        root.set("shard", setup.shard().map(JsonReport::shard).orElse(null));

        ObjectNode summary = root.putObject("summary");
        Tally tally = a.tally();
        summary.put("total", tally.total());
        for (Verdict v : Verdict.values()) {
            summary.put(v.key(), tally.count(v));
        }
        summary.put("expectedFailures", tally.excused());
        summary.put("conformant", a.gate().conformant());
        summary.put("exitCode", a.gate().exitCode());
        summary.put("reason", a.gate().reason());
        summary.put("partial", setup.partial().orElse(null));

        ArrayNode matrix = root.putArray("matrix");
        for (CallMatrix.Row row : new CallMatrix(Catalog.standard(), run.scenarios()).rows()) {
            ArrayNode cells = matrix.addObject().put("call", row.subject()).put("format", row.isFormat())
                    .putArray("cells");
            for (CallMatrix.Cell cell : row.cells()) {
                ObjectNode c = cells.addObject();
                c.put("imType", cell.vendor().map(v -> v.imType()).orElse(null));
                c.put("verdict", cell.verdict().map(Verdict::label).orElse(null));
                c.put("text", cell.text());
                c.put("scenarios", cell.scenarios().size());
            }
        }

        ArrayNode rules = root.putArray("rules");
        for (RuleCoverage c : RuleCoverage.of(Catalog.standard(), run.scenarios())) {
            rules.addObject()
                    .put("id", c.rule().id())
                    .put("level", c.rule().level().name())
                    .put("text", c.rule().text())
                    .put("basis", c.rule().source().basis())
                    .put("source", c.rule().source().cite())
                    .put("scenarios", c.scenarios().size())
                    .put("verdict", c.label());
        }

        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult s : run.scenarios()) {
            ObjectNode n = scenarios.addObject();
            n.put("id", s.location());
            n.put("name", s.name());
            n.put("title", s.title());
            n.put("feature", s.feature());
            n.put("call", s.subject());
            n.put("imType", s.imType().orElse(null));
            n.put("vendor", s.vendor().map(v -> v.name()).orElse(null));
            s.rules().forEach(n.putArray("rules")::add);
            n.put("verdict", s.verdict().label());
            n.put("message", s.message());
            n.put("durationMs", s.durationMs());
            n.set("finding", s.finding().map(JsonReport::finding).orElse(null));
            ArrayNode warnings = n.putArray("warnings");
            s.warnings().forEach(w -> warnings.add(finding(w)));
            n.put("timing", s.timing().matters() ? s.timing().describe() : null);
            record(n, s);
            n.set("unsettled", Optional.ofNullable(run.unsettled().get(s.id())).map(JsonReport::unsettled).orElse(null));
            Optional<ExpectedFailure> excuse = a.excuse(s);
            n.set("expected", excuse.map(e -> JSON.createObjectNode().put("entry", e.target())
                    .put("reason", e.reason()).put("expires", e.expires().toString())).orElse(null));
        }

        ArrayNode hooks = root.putArray("hooks");
        for (HookStatus h : run.hooks()) {
            hooks.addObject().put("name", h.hook().name()).put("plays", h.hook().plays()).put("offered", h.offered())
                    .put("consulted", h.consulted()).put("honoured", h.honoured()).put("notPlayable", h.notPlayable())
                    .put("advice", h.advice().orElse(null));
        }

        ArrayNode expected = root.putArray("expectedFailures");
        for (ExpectedFailures.Outcome o : a.expected().outcomes()) {
            ObjectNode n = expected.addObject();
            o.entry().rule().ifPresent(r -> n.put("rule", r));
            o.entry().scenario().ifPresent(r -> n.put("scenario", r));
            n.put("reason", o.entry().reason());
            n.put("expires", o.entry().expires().toString());
            n.put("status", o.status().name());
            n.put("failsTheRun", o.failsTheRun());
            n.put("message", o.describe());
            ArrayNode ids = n.putArray("scenarios");
            o.scenarios().forEach(s -> ids.add(s.location()));
        }
        return root;
    }

    /** A shard's part and what merging the parts checks: {@link ShardStamp}. */
    private static ObjectNode shard(ShardStamp stamp) {
        return JSON.createObjectNode().put("index", stamp.shard().index()).put("count", stamp.shard().count())
                .put("bridgeSha256", stamp.bridgeSha256()).put("profileSha256", stamp.profileSha256().orElse(null))
                .put("timeoutMs", stamp.timeoutMs());
    }

    /** What the verdict was drawn from, beyond what reports show: all merge-reports needs to judge the run again. */
    private static void record(ObjectNode n, ScenarioResult s) {
        n.put("uniqueId", s.id());
        s.judged().forEach(n.putArray("judged")::add);
        ArrayNode uses = n.putArray("hookUses");
        s.hooks().forEach(h -> uses.addObject().put("hook", h.hook()).put("needed", h.needed())
                .put("consulted", h.consulted()).put("unanswered", h.unanswered()).put("wrongAnyway", h.wrongAnyway()));
        s.timing().reasons().forEach(n.putArray("timingReasons")::add);
        n.put("stalledMs", s.timing().stalledMs());
    }

    private static ObjectNode unsettled(ScenarioResult before) {
        ObjectNode n = JSON.createObjectNode().put("verdict", before.verdict().label()).put("message", before.message());
        n.set("finding", before.finding().map(JsonReport::finding).orElse(null));
        ArrayNode warnings = n.putArray("warnings");
        before.warnings().forEach(w -> warnings.add(finding(w)));
        return n;
    }

    private static ObjectNode finding(Finding f) {
        return JSON.createObjectNode()
                .put("rule", f.rule().id())
                .put("level", f.rule().level().name())
                .put("text", f.rule().text())
                .put("call", f.call())
                .put("vendor", f.vendor())
                .put("expected", f.expected())
                .put("seen", f.seen())
                .put("source", f.rule().source().cite());
    }
}
