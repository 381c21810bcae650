package org.mplus.tck.harness;

import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Vendor;

/** Everything a check may look at: the call, the vendor it ran on, what the page saw and what the mock got. */
public record Observation(Call call, Vendor vendor, CallOutcome outcome, Traffic traffic) {

    /** The "seen" line of a failure message. */
    public String describe() {
        return outcome.describe() + "; " + traffic.describe();
    }
}
