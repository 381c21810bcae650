package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mplus.tck.cli.ConformanceRun;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;

/**
 * The suite has teeth: each faulty bridge of the corpus is run through the suite, which must catch it on the rule
 * it breaks, and nowhere else than its header allows.
 */
class FaultyBridgesTest {

    static final Path FAULTY = Path.of("src/test/resources/bridges/faulty");
    /** More workers than cores: much of a run is spent waiting on timeouts and slow-vendor faults. */
    private static final int THREADS = 4;

    @TestFactory
    Stream<DynamicTest> everyFaultyBridgeIsCaughtOnItsRule() throws IOException {
        Path work = Files.createTempDirectory("mplus-tck-corpus");
        return CorpusBridge.in(FAULTY).stream().map(bridge -> DynamicTest.dynamicTest(bridge.name(),
                () -> judge(bridge, work)));
    }

    static RunResult run(CorpusBridge bridge, Path work) throws IOException {
        RunSettings settings = RunSettings.reference()
                .withBridge(BridgeSource.parse(bridge.composed(work).toString()));
        RunSetup setup = RunSetup.of("test", settings, Profile.none(), bridge.tags(), false, Instant.now());
        return new ConformanceRun(settings, bridge.tags(), THREADS, Optional.empty()).run(r -> { }, setup);
    }

    private static void judge(CorpusBridge bridge, Path work) throws IOException {
        assertCaught(bridge, run(bridge, work));
    }

    /** The run caught the bridge on every rule its header says it breaks, and on no rule the header leaves out. */
    static void assertCaught(CorpusBridge bridge, RunResult result) {
        List<ScenarioResult> errors = result.scenarios().stream()
                .filter(s -> s.verdict() == Verdict.HARNESS_ERROR).toList();
        assertTrue(errors.isEmpty(), () -> bridge.name() + ": the kit could not judge " + errors.size()
                + " scenario(s), first: " + errors.get(0).name() + "\n" + errors.get(0).message());
        Set<String> caught = new TreeSet<>();
        result.scenarios().forEach(s -> caught.addAll(s.brokenRules()));
        assertFalse(bridge.breaks().isEmpty(), bridge.name() + " names no rule in its breaks: header");
        for (String rule : bridge.breaks()) {
            if (!caught.contains(rule)) {
                fail(bridge.name() + " breaks " + rule + " but the suite did not catch it; it caught " + caught);
            }
        }
        Set<String> allowed = new TreeSet<>(bridge.breaks());
        allowed.addAll(bridge.also());
        Set<String> unexpected = new TreeSet<>(caught);
        unexpected.removeAll(allowed);
        assertTrue(unexpected.isEmpty(), () -> bridge.name() + " was also caught on " + unexpected
                + ", which its header does not allow:\n" + result.scenarios().stream()
                        .filter(s -> s.brokenRules().stream().anyMatch(unexpected::contains))
                        .map(s -> "  " + s.location() + " " + s.name() + "\n    " + s.message().replace("\n", "\n    "))
                        .collect(Collectors.joining("\n")));
    }
}
