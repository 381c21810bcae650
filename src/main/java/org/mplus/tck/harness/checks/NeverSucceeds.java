package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/** Success was not called (whatever else happened). */
public record NeverSucceeds() implements Check {

    @Override
    public String expected() {
        return "no success";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().successCount() == 0;
    }
}
