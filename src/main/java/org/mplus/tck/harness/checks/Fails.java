package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/** The call reported fail, and never success. */
public record Fails() implements Check {

    @Override
    public String expected() {
        return "fail, and no success";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().failCount() >= 1 && o.outcome().successCount() == 0;
    }
}
