package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;

/** No request tried to send a message, to either vendor (a refused attempt counts as sending). */
public record SentNothing() implements Check {

    @Override
    public String expected() {
        return "no send request to any vendor";
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().sends().isEmpty() && o.traffic().deliveries().isEmpty();
    }
}
