package org.mplus.tck.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the suite: what was judged, how, and every scenario's verdict.
 *
 * @param setup     what was judged and how
 * @param scenarios every scenario, in feature order
 * @param wall      how long the run took
 * @param stopped   why the kit stopped before judging ("usage error: …", "harness error: …"), if it did
 * @param unsettled by scenario id, a shard's scenarios as judged before it made them NOT-PLAYABLE for a hook the
 *                  bridge never read in that shard: the merged run may find it read elsewhere
 */
public record RunResult(RunSetup setup, List<ScenarioResult> scenarios, Duration wall, Optional<String> stopped,
        Map<String, ScenarioResult> unsettled) {

    public RunResult {
        scenarios = scenarios.stream().sorted(ScenarioResult.IN_FEATURE_ORDER).toList();
        unsettled = Map.copyOf(unsettled);
    }

    public RunResult(RunSetup setup, List<ScenarioResult> scenarios, Duration wall, Optional<String> stopped) {
        this(setup, scenarios, wall, stopped, Map.of());
    }

    /** A run that never judged: the reports still say what was asked and why nothing came of it. */
    public static RunResult stopped(RunSetup setup, String why) {
        return new RunResult(setup, List.of(), Duration.ZERO, Optional.of(Clip.text(why)));
    }

    /** The test hooks this run offered, and whether the bridge honours each. */
    public List<HookStatus> hooks() {
        return HookStatus.of(scenarios);
    }
}
