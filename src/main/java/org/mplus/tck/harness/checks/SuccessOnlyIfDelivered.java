package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** A success, if the bridge reports one, comes with the message delivered as asked: never a success for nothing. */
public record SuccessOnlyIfDelivered(String vendorCode, String vendorName, String to, String content)
        implements Check {

    @Override
    public List<String> rules() {
        return List.of("SEND-MSG-03");
    }

    @Override
    public String expected() {
        return "fail, or success with \"" + content + "\" delivered by " + vendorName + " to " + to;
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().successCount() == 0 || o.traffic().deliveries().stream()
                .anyMatch(d -> d.vendor().equals(vendorCode) && d.to().equals(to) && d.content().equals(content));
    }
}
