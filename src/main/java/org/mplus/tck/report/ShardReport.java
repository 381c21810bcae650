package org.mplus.tck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Shard;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ClientVersion;

/**
 * A shard's conformance.json read back: its run as the shard judged it, and the profile's expected failures, so that
 * {@link ShardMerge} can judge the parts as one run.
 *
 * @param dir      the shard's report directory, as given
 * @param run      its run: setup (with its {@link ShardStamp}), scenarios, wall, and what settling changed
 * @param expected the profile's expected failures it was judged with
 */
public record ShardReport(Path dir, RunResult run, List<ExpectedFailure> expected) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws ShardMergeError naming the directory, when it holds no shard's conformance.json */
    public static ShardReport read(Path dir) {
        Path file = dir.resolve(Reports.JSON);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ShardMergeError(dir + " holds no " + Reports.JSON + ": give the --report-dir of each `run "
                    + "--shard K/N`");
        } catch (IOException e) {
            throw new ShardMergeError(file + " cannot be read as a report (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): give the --report-dir of each `run --shard K/N`");
        }
        JsonNode shard = root.path("shard");
        if (!shard.isObject()) {
            throw new ShardMergeError(file + " is not a shard's report (its run had no --shard K/N): merge the "
                    + "reports of `run --shard 1/N` … `run --shard N/N`");
        }
        try {
            return new ShardReport(dir, run(root, stamp(shard)), expected(root.path("expectedFailures")));
        } catch (RuntimeException e) {
            throw new ShardMergeError(file + " is not a conformance.json this kit wrote (" + e.getMessage()
                    + "): merge reports of the same kit version");
        }
    }

    private static ShardStamp stamp(JsonNode n) {
        return new ShardStamp(new Shard(n.path("index").asInt(), n.path("count").asInt()),
                n.path("bridgeSha256").asText(), text(n.path("profileSha256")), n.path("timeoutMs").asLong());
    }

    private static RunResult run(JsonNode root, ShardStamp stamp) {
        JsonNode bridge = root.path("bridge");
        JsonNode about = root.path("run");
        Optional<Set<String>> calls = bridge.path("calls").isArray()
                ? Optional.of(new LinkedHashSet<>(strings(bridge.path("calls")))) : Optional.empty();
        RunSetup setup = new RunSetup(root.path("kit").path("version").asText(), bridge.path("source").asText(),
                text(bridge.path("name")), text(bridge.path("version")).map(ClientVersion::parse),
                StreamSupport.stream(bridge.path("imTypes").spliterator(), false).map(JsonNode::asInt).toList(), calls,
                bridge.path("engine").asText(), bridge.path("engineVersion").asText(), text(about.path("profile")),
                text(about.path("tags")), about.path("strict").asBoolean(), Instant.parse(about.path("started").asText()),
                Optional.of(stamp));
        List<ScenarioResult> scenarios = new ArrayList<>();
        Map<String, ScenarioResult> unsettled = new HashMap<>();
        for (JsonNode n : root.path("scenarios")) {
            ScenarioResult s = scenario(n);
            scenarios.add(s);
            if (n.path("unsettled").isObject()) {
                JsonNode u = n.path("unsettled");
                unsettled.put(s.id(), s.judgedAgain(verdict(u.path("verdict")), finding(u.path("finding")),
                        findings(u.path("warnings")), u.path("message").asText()));
            }
        }
        return new RunResult(setup, scenarios, Duration.ofMillis(about.path("durationMs").asLong()),
                text(about.path("stopped")), unsettled);
    }

    private static ScenarioResult scenario(JsonNode n) {
        String name = n.path("name").asText();
        List<HookUse> hooks = new ArrayList<>();
        for (JsonNode h : n.path("hookUses")) {
            hooks.add(new HookUse(h.path("hook").asText(), h.path("needed").asBoolean(), h.path("consulted").asBoolean(),
                    h.path("unanswered").asBoolean(), h.path("wrongAnyway").asBoolean()));
        }
        return new ScenarioResult(required(n, "uniqueId").asText(), name, n.path("feature").asText(),
                n.path("id").asText(), n.path("call").asText(),
                n.path("imType").isNull() ? Optional.empty() : Optional.of(n.path("imType").asInt()),
                strings(n.path("rules")), strings(n.path("judged")), verdict(n.path("verdict")),
                finding(n.path("finding")), findings(n.path("warnings")), n.path("message").asText(),
                n.path("durationMs").asLong(), hooks,
                new Timing(strings(n.path("timingReasons")), n.path("stalledMs").asLong()));
    }

    private static List<ExpectedFailure> expected(JsonNode entries) {
        List<ExpectedFailure> out = new ArrayList<>();
        for (JsonNode e : entries) {
            out.add(new ExpectedFailure(text(e.path("rule")), text(e.path("scenario")), e.path("reason").asText(),
                    LocalDate.parse(e.path("expires").asText())));
        }
        return out;
    }

    private static Verdict verdict(JsonNode n) {
        return Verdict.valueOf(n.asText().replace('-', '_'));
    }

    private static Optional<Finding> finding(JsonNode n) {
        if (!n.isObject()) {
            return Optional.empty();
        }
        String id = n.path("rule").asText();
        return Optional.of(new Finding(Catalog.standard().rule(id).orElseThrow(() -> new IllegalArgumentException(
                "rule " + id + " is not in this kit's catalog")), n.path("call").asText(), n.path("vendor").asText(),
                n.path("expected").asText(), n.path("seen").asText()));
    }

    private static List<Finding> findings(JsonNode n) {
        return StreamSupport.stream(n.spliterator(), false).map(ShardReport::finding).flatMap(Optional::stream)
                .toList();
    }

    private static JsonNode required(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            throw new IllegalArgumentException("a scenario has no " + field);
        }
        return n.get(field);
    }

    private static List<String> strings(JsonNode n) {
        return StreamSupport.stream(n.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }

    public Shard shard() {
        return run.setup().shard().orElseThrow().shard();
    }
}
