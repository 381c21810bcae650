package org.mplus.tck.report;

import java.time.Duration;
import java.util.List;
import org.mplus.tck.harness.Verdict;

/**
 * One run of the suite: what was judged, how, and every scenario's verdict.
 *
 * @param bridge        how the bridge under test is named (file, URL, reference)
 * @param bridgeVersion the version its profile claims, or empty
 * @param engine        the engine and its version
 * @param imTypes       the vendors judged
 * @param scenarios     every scenario, in the order they finished
 * @param wall          how long the run took
 */
public record RunResult(String bridge, String bridgeVersion, String engine, List<Integer> imTypes,
        List<ScenarioResult> scenarios, Duration wall) {

    public RunResult {
        imTypes = List.copyOf(imTypes);
        scenarios = List.copyOf(scenarios);
    }

    public long count(Verdict verdict) {
        return scenarios.stream().filter(s -> s.verdict() == verdict).count();
    }
}
