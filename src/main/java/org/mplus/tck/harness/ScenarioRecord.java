package org.mplus.tck.harness;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the steps learned about one scenario beyond pass or fail, for the reports: the call and vendor it
 * exercised, the rules it actually judged, the SHOULD rules it found broken, the test hooks it offered the bridge,
 * and why its verdict may rest on timing.
 *
 * @param hooks  the hooks the scenario offered (or needed), and whether the bridge read them
 * @param timing what rested on time in it, so that a failure is re-run alone before it is reported
 */
public record ScenarioRecord(Optional<String> call, Optional<Integer> imType, Set<String> judgedRules,
        List<Finding> warnings, List<HookUse> hooks, Timing timing) {

    public ScenarioRecord {
        judgedRules = Set.copyOf(judgedRules);
        warnings = List.copyOf(warnings);
        hooks = List.copyOf(hooks);
    }
}
