package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.cli.ConformanceRun;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.HookStatus;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;

/**
 * The suite has teeth: each faulty bridge of the corpus is run through the suite, which must catch it on exactly the
 * rules its header says it breaks: on the scenarios of those rules and a fixed sample ({@link CorpusSample}); the
 * whole suite on every bridge is {@link CorpusCrossCheckTest}.
 */
class FaultyBridgesTest {

    static final Path FAULTY = Path.of("src/test/resources/bridges/faulty");
    /** More workers than cores: much of a run is spent waiting on timeouts and slow-vendor faults. */
    private static final int THREADS = 4;
    /** The IMs a corpus run judges the bridge on: both. */
    private static final List<Integer> IM_TYPES = List.of(0, 1);

    @TestFactory
    Stream<DynamicTest> everyFaultyBridgeIsCaughtOnItsRule(@TempDir Path work) throws IOException {
        return CorpusBridge.in(FAULTY).stream().map(bridge -> DynamicTest.dynamicTest(bridge.name(),
                () -> judge(bridge, CorpusSample.tags(bridge, IM_TYPES), work)));
    }

    /** The bridge on the scenarios its header's tags select, else on the whole suite. */
    static RunResult run(CorpusBridge bridge, Path work) throws IOException {
        return run(bridge, bridge.tags(), work);
    }

    static RunResult run(CorpusBridge bridge, Optional<String> tags, Path work) throws IOException {
        RunSettings settings = RunSettings.reference()
                .withBridge(BridgeSource.parse(bridge.composed(work).toString()));
        RunSetup setup = RunSetup.of("test", settings, Profile.none(), tags, false, Instant.now());
        return new ConformanceRun(settings, tags, THREADS, Optional.empty()).run(r -> { }, setup);
    }

    /**
     * A hook the bridge ignores is reported not honoured, and every scenario that needs it is NOT-PLAYABLE, never
     * FAIL, unless what the bridge did is wrong whatever the user would have picked (a success with nothing
     * delivered); a hook it does not say it ignores is honoured wherever it was offered.
     */
    private static void hooks(CorpusBridge bridge, RunResult result) {
        for (HookStatus h : result.hooks()) {
            String hook = h.hook().name();
            if (!bridge.ignores().contains(hook)) {
                assertTrue(h.honoured(), bridge.name() + " reads " + hook + " but the run says: " + h.describe());
                continue;
            }
            assertFalse(h.honoured(), bridge.name() + " never reads " + hook + " but the run says: " + h.describe());
            List<Assessment.Fact> about = Assessment.of(result, List.of(), LocalDate.now()).about();
            assertTrue(about.stream().anyMatch(f -> f.name().equals("hook window." + hook)
                    && f.value().startsWith("NOT honoured")), bridge.name() + ": the report does not say " + hook
                    + " is not honoured: " + about);
            List<ScenarioResult> needing = result.scenarios().stream()
                    .filter(s -> s.hooks().stream().anyMatch(u -> u.hook().equals(hook) && u.needed())).toList();
            assertFalse(needing.isEmpty(), bridge.name() + ": no scenario needed " + hook);
            for (ScenarioResult s : needing) {
                boolean wrongAnyway = s.hooks().stream().anyMatch(HookUse::wrongAnyway);
                assertTrue(wrongAnyway ? s.broke() : s.verdict() == Verdict.NOT_PLAYABLE, () -> bridge.name() + ": "
                        + s.location() + " " + s.name() + " needs " + hook + ", which the bridge never reads: "
                        + s.verdict().label() + "\n" + s.message());
                assertTrue(wrongAnyway || s.message().contains("window." + hook), s.message());
            }
        }
        bridge.ignores().forEach(hook -> assertTrue(result.hooks().stream().anyMatch(h -> h.hook().name().equals(hook)),
                bridge.name() + " ignores " + hook + ", but no scenario of the run offered it"));
    }

    @Test
    void aBridgeThatIgnoresTheShareHookIsNeverFailedForTheCancelItNeverSaw(@TempDir Path work) throws IOException {
        RunResult result = run(CorpusBridge.named(FAULTY, "share-ignores-hook"), work);
        List<ScenarioResult> cancels = result.scenarios().stream()
                .filter(s -> s.rules().contains("SHARE-02")).toList();
        assertEquals(2, cancels.size(), "the share-cancel scenario on both vendors");
        cancels.forEach(s -> assertEquals(Verdict.NOT_PLAYABLE, s.verdict(), s.message()));
        cancels.forEach(s -> assertTrue(s.message().contains("which the bridge never read in this run"), s.message()));
        assertTrue(result.scenarios().stream().noneMatch(ScenarioResult::broke), () -> "no FAIL, TIMEOUT or WARN: "
                + result.scenarios().stream().filter(ScenarioResult::broke).map(ScenarioResult::message).toList());
        assertTrue(Assessment.of(result, List.of(), LocalDate.now()).gate().conformant());
    }

    @Test
    void aCallTheBridgeLacksFailsAtOnceInThePagesTerms(@TempDir Path work) throws IOException {
        RunResult result = run(CorpusBridge.named(FAULTY, "missing-send-message"), work);
        assertFalse(result.scenarios().isEmpty());
        for (ScenarioResult s : result.scenarios()) {
            assertEquals(Verdict.FAIL, s.verdict(), s.message());
            assertTrue(s.message().contains("seen:     mplus.sendMessage is not defined (window.mplus has getImType, "),
                    s.message());
            assertFalse(s.message().contains("bridge[name]"), "a kit-internal name: " + s.message());
            assertFalse(s.message().contains("no callback within"), "the kit waited for the timeout: " + s.message());
        }
    }

    /** The bridge on the scenarios the tags select (empty: all), caught on exactly its header's rules. */
    static void judge(CorpusBridge bridge, Optional<String> tags, Path work) throws IOException {
        assertCaught(bridge, run(bridge, tags, work), bridge.caughtOn(IM_TYPES));
    }

    /**
     * The run caught the bridge on exactly the rules its header says it breaks (in a run on these IMs), and, of the
     * rules it breaks only under load, on those it may. A rule only a FLAKY scenario saw broken counts neither way.
     */
    static void assertCaught(CorpusBridge bridge, RunResult result, Set<String> breaks) {
        List<ScenarioResult> errors = result.scenarios().stream()
                .filter(s -> s.verdict() == Verdict.HARNESS_ERROR).toList();
        assertTrue(errors.isEmpty(), () -> bridge.name() + ": the kit could not judge " + errors.size()
                + " scenario(s), first: " + errors.get(0).name() + "\n" + errors.get(0).message());
        Set<String> caught = new TreeSet<>();
        result.scenarios().forEach(s -> caught.addAll(s.brokenRules()));
        assertFalse(bridge.breaks().isEmpty() && bridge.ignores().isEmpty(),
                bridge.name() + " names no rule in its breaks: header, nor a hook in ignores:");
        hooks(bridge, result);
        // A failure that rested on timing and did not repeat alone (FLAKY) neither proves nor disproves its rule.
        Set<String> unsure = new TreeSet<>();
        result.scenarios().stream().filter(s -> s.verdict() == Verdict.FLAKY)
                .forEach(s -> s.finding().ifPresent(f -> unsure.add(f.rule().id())));
        Set<String> missed = new TreeSet<>(breaks);
        missed.removeAll(caught);
        missed.removeAll(unsure);
        assertTrue(missed.isEmpty(), () -> bridge.name() + " breaks " + missed + " by its header, but the suite did "
                + "not catch it there; it caught " + caught);
        Set<String> unexpected = new TreeSet<>(caught);
        unexpected.removeAll(breaks);
        unexpected.removeAll(bridge.underLoad());
        assertTrue(unexpected.isEmpty(), () -> bridge.name() + " was also caught on " + unexpected
                + ", which its header does not list:\n" + result.scenarios().stream()
                        .filter(s -> s.brokenRules().stream().anyMatch(unexpected::contains))
                        .map(s -> "  " + s.location() + " " + s.name() + "\n    " + s.message().replace("\n", "\n    "))
                        .collect(Collectors.joining("\n")));
    }
}
