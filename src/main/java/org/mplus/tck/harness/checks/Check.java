package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/**
 * One thing a rule expects of a call, checkable on an observation. Each check names the catalog rules it judges; a
 * scenario's {@code @rule:} tags say which of them are judged there. The same check (say, "the call failed") can serve
 * several rules, and a scenario tagged with more than one of them is judged on each, so no rule is chosen by where a
 * tag stands.
 */
public interface Check {

    /** The ids of the catalog rules this check judges. */
    List<String> rules();

    /** What the rule expects, in words, for the failure message. */
    String expected();

    boolean holds(Observation observation);
}
