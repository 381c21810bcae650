package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** GET-IMTYPE-01: res.imType is one of the doc's values, 0 or 1 (as a number, or as the strings "0" and "1"). */
public record ImTypeIsZeroOrOne() implements Check {

    @Override
    public List<String> rules() {
        return List.of("GET-IMTYPE-01");
    }

    @Override
    public String expected() {
        return "success(res) with res.imType 0 or 1";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                .flatMap(CallbackRecord::imTypeValue).filter(t -> t == 0 || t == 1).isPresent();
    }
}
