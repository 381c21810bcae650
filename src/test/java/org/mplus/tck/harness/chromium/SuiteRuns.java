package org.mplus.tck.harness.chromium;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mplus.tck.cli.ConformanceRun;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.Gate;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;

/** Runs the packaged suite the way `run` does, for tests that choose the engine or compare engines. */
public final class SuiteRuns {

    private SuiteRuns() {
    }

    public static RunResult run(BridgeSource bridge, EngineKind engine, List<Integer> imTypes, Optional<String> tags,
            Duration timeout) {
        RunSettings settings = new RunSettings(bridge, engine, timeout, Optional.of(imTypes), Optional.empty(),
                Optional.empty(), Optional.empty());
        return run(settings, Math.max(1, Runtime.getRuntime().availableProcessors()), tags);
    }

    /** As `run` does with these settings, on this many workers. */
    static RunResult run(RunSettings settings, int threads, Optional<String> tags) {
        RunSetup setup = RunSetup.of("test", settings, Profile.none(), tags, false, Instant.now());
        return new ConformanceRun(settings, tags, threads, Optional.empty()).run(result -> { }, setup);
    }

    /** Each scenario's verdict, by where it is and its name (outline rows differ by name). */
    static Map<String, Verdict> verdicts(RunResult run) {
        Map<String, Verdict> out = new TreeMap<>();
        run.scenarios().forEach(s -> out.put(key(s), s.verdict()));
        return out;
    }

    /**
     * The scenarios whose verdicts differ, each with both verdicts and what the second run said. A FLAKY scenario
     * failed among the others while the machine stalled and passed when re-run alone: it counts as the PASS it got
     * alone, since what it saw among the others was the machine's load, not the engine's judgement.
     */
    public static List<String> differences(RunResult first, RunResult second) {
        Map<String, Verdict> before = verdicts(first);
        return second.scenarios().stream()
                .filter(s -> alone(before.get(key(s))) != alone(s.verdict()))
                .map(s -> key(s) + ": " + engine(first) + " " + before.get(key(s)) + ", " + engine(second) + " "
                        + s.verdict() + " (" + s.message() + ")")
                .sorted()
                .toList();
    }

    private static Verdict alone(Verdict verdict) {
        return verdict == Verdict.FLAKY ? Verdict.PASS : verdict;
    }

    static String engine(RunResult run) {
        return run.setup().engineVersion();
    }

    /** The gate as `run` applies it, with no expected failures. */
    static Gate gate(RunResult run) {
        return Assessment.of(run, List.of(), LocalDate.now()).gate();
    }

    static String key(ScenarioResult s) {
        return s.location() + " " + s.name();
    }
}
