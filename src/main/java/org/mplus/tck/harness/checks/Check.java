package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/**
 * One thing a rule expects of a call, checkable on an observation. The rule it serves is named where the check
 * is made, so that the same check (say, "nothing was sent") can serve every rule that demands it.
 */
public interface Check {

    /** What the rule expects, in words, for the failure message. */
    String expected();

    boolean holds(Observation observation);
}
