package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;

/**
 * The kit as a library: two runs in one JVM, at the same time, with different bridges, give each the verdicts it
 * gives alone. Nothing of one run (settings, workbenches, scenario records) leaks into the other.
 */
class ConcurrentRunsTest {

    private static final Optional<String> TAGS = Optional.of("@rule:GET-IMTYPE-01 or @rule:SEND-CHAT-02");

    private static RunResult run(BridgeSource bridge) {
        RunSettings settings = RunSettings.reference().withBridge(bridge).withImTypes(List.of(1));
        RunSetup setup = RunSetup.of("test", settings, Profile.none(), TAGS, false, Instant.now());
        return new ConformanceRun(settings, TAGS, 2, Optional.empty()).run(result -> { }, setup);
    }

    private static Map<String, Verdict> verdicts(RunResult run) {
        Map<String, Verdict> out = new TreeMap<>();
        run.scenarios().forEach(s -> out.put(s.location() + " " + s.name(), s.verdict()));
        return out;
    }

    @Test
    void twoRunsAtOnceGiveWhatEachGivesAlone() {
        BridgeSource reference = RunSettings.reference().bridge();
        BridgeSource broken = BridgeSource.parse(Path.of("src/test/resources/bridges/getimtype-name.js").toString());
        Map<String, Verdict> referenceAlone = verdicts(run(reference));
        Map<String, Verdict> brokenAlone = verdicts(run(broken));
        assertTrue(referenceAlone.values().stream().allMatch(v -> v == Verdict.PASS || v == Verdict.SKIP),
                referenceAlone.toString());
        assertTrue(brokenAlone.containsValue(Verdict.FAIL), brokenAlone.toString());
        assertEquals(referenceAlone.keySet(), brokenAlone.keySet(), "the same scenarios, judged differently");

        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> run(reference));
        CompletableFuture<RunResult> second = CompletableFuture.supplyAsync(() -> run(broken));
        RunResult referenceTogether = first.join();
        RunResult brokenTogether = second.join();
        assertEquals(referenceAlone, verdicts(referenceTogether));
        assertEquals(brokenAlone, verdicts(brokenTogether));
        assertFalse(referenceTogether.setup().bridgeSource().equals(brokenTogether.setup().bridgeSource()));
    }
}
