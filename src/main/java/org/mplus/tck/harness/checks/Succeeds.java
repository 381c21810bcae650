package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/** The call reported success, and never fail. */
public record Succeeds() implements Check {

    @Override
    public String expected() {
        return "success, and no fail";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().successCount() >= 1 && o.outcome().failCount() == 0;
    }
}
