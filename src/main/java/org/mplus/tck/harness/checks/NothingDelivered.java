package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/** The vendors accepted no message (a refused attempt is allowed: the vendor said no). */
public record NothingDelivered() implements Check {

    @Override
    public String expected() {
        return "no message delivered by any vendor";
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().deliveries().isEmpty();
    }
}
