package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.ScenarioResult;

/**
 * Bridges that attack the page rather than break a rule: endless loops, stack overflows, navigation, dialogs,
 * huge strings, clobbered built-ins, syntax the engine lacks. The kit must give each scenario one of the
 * verdicts the bridge's header allows, keep its messages small, and end.
 */
class HostileBridgesTest {

    static final Path HOSTILE = Path.of("src/test/resources/bridges/hostile");
    private static final int MAX_MESSAGE = 20_000;

    @TestFactory
    Stream<DynamicTest> everyHostileBridgeGetsAVerdictAndTheRunEnds(@TempDir Path work) throws IOException {
        return CorpusBridge.in(HOSTILE).stream().map(bridge -> DynamicTest.dynamicTest(bridge.name(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> judge(bridge, work))));
    }

    private static void judge(CorpusBridge bridge, Path work) throws IOException {
        assertFalse(bridge.verdicts().isEmpty(), bridge.name() + " names no verdicts: in its header");
        RunResult result = FaultyBridgesTest.run(bridge, work);
        List<ScenarioResult> scenarios = result.scenarios();
        assertFalse(scenarios.isEmpty(), bridge.name() + ": no scenario ran for " + bridge.tags());
        for (ScenarioResult s : scenarios) {
            assertTrue(bridge.verdicts().contains(s.verdict().label()), () -> bridge.name() + ": " + s.name()
                    + " got " + s.verdict().label() + ", expected one of " + bridge.verdicts() + "\n" + s.message());
            assertTrue(s.message().length() < MAX_MESSAGE, () -> bridge.name() + ": " + s.name() + "'s message is "
                    + s.message().length() + " characters; reports must cut long strings");
        }
    }
}
