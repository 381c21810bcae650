package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** GET-IMTYPE-02: res.imType is the vendor the client runs on. */
public record ImTypeNamesVendor() implements Check {

    @Override
    public List<String> rules() {
        return List.of("GET-IMTYPE-02");
    }

    @Override
    public String expected() {
        return "res.imType naming the vendor the client talks to";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                .flatMap(CallbackRecord::imTypeValue).filter(t -> t == o.vendor().imType()).isPresent();
    }
}
