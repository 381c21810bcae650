package org.mplus.tck.harness;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the steps learned about one scenario beyond pass or fail, for the reports: the call and vendor it
 * exercised, the rules it actually judged, and the SHOULD rules it found broken.
 */
public record ScenarioRecord(Optional<String> call, Optional<Integer> imType, Set<String> judgedRules,
        List<Finding> warnings) {

    public ScenarioRecord {
        judgedRules = Set.copyOf(judgedRules);
        warnings = List.copyOf(warnings);
    }
}
