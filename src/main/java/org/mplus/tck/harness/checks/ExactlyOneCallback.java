package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** CALLBACK-01: exactly one of success or fail, exactly once. */
public record ExactlyOneCallback() implements Check {

    @Override
    public List<String> rules() {
        return List.of("CALLBACK-01");
    }

    @Override
    public String expected() {
        return "exactly one callback (success or fail), once";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbackCount() == 1;
    }
}
