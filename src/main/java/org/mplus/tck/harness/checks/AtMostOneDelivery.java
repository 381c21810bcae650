package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** DELIVERY-04: one call, at most one accepted send. */
public record AtMostOneDelivery() implements Check {

    @Override
    public List<String> rules() {
        return List.of("DELIVERY-04");
    }

    @Override
    public String expected() {
        return "at most one accepted send for one call";
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().sends().stream().filter(r -> r.accepted()).count() <= 1
                && o.traffic().deliveries().stream().map(d -> d.to()).distinct().count()
                        == o.traffic().deliveries().size();
    }
}
