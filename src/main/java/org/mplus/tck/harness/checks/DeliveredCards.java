package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.mock.Delivery;

/** Exactly {@code count} messages, each delivered by the right vendor to the picked account, carrying the shared link. */
public record DeliveredCards(String vendorCode, String vendorName, String to, String link, int count) implements Check {

    /** The rules that ask a share to deliver its link card to the contact or group the user picked. */
    @Override
    public List<String> rules() {
        return List.of("SHARE-01", "SHARE-03", "SHARE-05");
    }

    @Override
    public String expected() {
        return (count == 1 ? "exactly one message" : "exactly " + count + " messages, one per share,")
                + " delivered by " + vendorName + " to " + to + " carrying the link " + link;
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().deliveries().size() == count && o.traffic().deliveries().stream().allMatch(this::matches);
    }

    private boolean matches(Delivery d) {
        boolean carries = d.content().contains(link) || d.extension() != null && d.extension().contains(link);
        return d.vendor().equals(vendorCode) && d.to().equals(to) && carries;
    }
}
