package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** CALLBACK-04: no callback before the call returned. */
public record CallbacksAfterReturn() implements Check {

    @Override
    public List<String> rules() {
        return List.of("CALLBACK-04");
    }

    @Override
    public String expected() {
        return "callbacks only after the call returned (asynchronously)";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().noneMatch(c -> c.beforeReturn());
    }
}
