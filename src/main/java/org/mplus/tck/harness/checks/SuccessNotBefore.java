package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** DELIVERY-01: with the vendor answering after a delay, success cannot come sooner than that delay. */
public record SuccessNotBefore(long vendorDelayMs) implements Check {

    @Override
    public List<String> rules() {
        return List.of("DELIVERY-01");
    }

    @Override
    public String expected() {
        return "success no sooner than the vendor's answer, " + vendorDelayMs + " ms after the call";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess)
                .allMatch(c -> c.atMs() >= vendorDelayMs);
    }
}
