package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/** CALLBACK-04: no callback before the call returned. */
public record CallbacksAfterReturn() implements Check {

    @Override
    public String expected() {
        return "callbacks only after the call returned (asynchronously)";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().noneMatch(c -> c.beforeReturn());
    }
}
