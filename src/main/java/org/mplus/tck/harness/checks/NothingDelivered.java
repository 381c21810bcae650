package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** The vendors accepted no message (a refused attempt is allowed: the vendor said no). */
public record NothingDelivered() implements Check {

    /** The rules that ask a send that fails to leave no message behind. */
    @Override
    public List<String> rules() {
        return List.of("SEND-CHAT-02", "SEND-GROUP-02", "DELIVERY-02", "DELIVERY-03", "INPUT-01", "INPUT-03",
                "INPUT-04", "INPUT-05", "INPUT-06");
    }

    @Override
    public String expected() {
        return "no message delivered by any vendor";
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().deliveries().isEmpty();
    }
}
