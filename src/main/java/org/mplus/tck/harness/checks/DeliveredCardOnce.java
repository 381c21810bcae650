package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.Observation;
import org.mplus.tck.mock.Delivery;

/** Exactly one message, delivered by the right vendor to the picked account, that carries the shared link. */
public record DeliveredCardOnce(String vendorCode, String vendorName, String to, String link) implements Check {

    @Override
    public String expected() {
        return "exactly one message delivered by " + vendorName + " to " + to + " carrying the link " + link;
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().deliveries().size() == 1 && matches(o.traffic().deliveries().get(0));
    }

    private boolean matches(Delivery d) {
        boolean carries = d.content().contains(link) || d.extension() != null && d.extension().contains(link);
        return d.vendor().equals(vendorCode) && d.to().equals(to) && carries;
    }
}
