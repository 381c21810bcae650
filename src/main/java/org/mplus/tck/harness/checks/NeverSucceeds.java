package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** Success was not called (whatever else happened). */
public record NeverSucceeds() implements Check {

    /** Every rule that asks the call to fail asks, first of all, that it never succeed. */
    @Override
    public List<String> rules() {
        return Fails.RULES;
    }

    @Override
    public String expected() {
        return "no success";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().successCount() == 0;
    }
}
