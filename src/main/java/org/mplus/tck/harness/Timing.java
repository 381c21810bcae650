package org.mplus.tck.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * What in one scenario rested on time: the kit's clock running out on a call, a vendor fault that races the bridge's
 * own deadline, the kit's machine stalling meanwhile. A failure in a scenario where timing mattered is re-run alone
 * before it is reported, and is FLAKY, not a failure, when it does not repeat.
 *
 * @param reasons   the timed things at play, in words
 * @param stalledMs how long the kit's own machine stalled during the scenario ({@link StallMeter})
 */
public record Timing(List<String> reasons, long stalledMs) {

    /** Stalls at least this long during a scenario make its failure worth a re-run alone. */
    public static final long STALL_WORTH_A_RERUN_MS = 100;

    /** Nothing timed at play. */
    public static final Timing NONE = new Timing(List.of(), 0);

    public Timing {
        reasons = List.copyOf(reasons);
    }

    /** Whether the machine stalled enough to make any failure of the scenario suspect. */
    public boolean stalled() {
        return stalledMs >= STALL_WORTH_A_RERUN_MS;
    }

    /** Whether a failure of the scenario may rest on timing rather than on the bridge. */
    public boolean matters() {
        return !reasons.isEmpty() || stalled();
    }

    /** The reasons in one line: "the kit stopped waiting for getImType after 3000 ms; the kit's own machine …". */
    public String describe() {
        List<String> all = new ArrayList<>(reasons);
        if (stalled()) {
            all.add("the kit's own machine stalled " + stalledMs + " ms during the scenario");
        }
        return String.join("; ", all);
    }
}
