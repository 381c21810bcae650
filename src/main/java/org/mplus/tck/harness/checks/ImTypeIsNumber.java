package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** GET-IMTYPE-03: res.imType is a number, not a string that names one. */
public record ImTypeIsNumber() implements Check {

    @Override
    public List<String> rules() {
        return List.of("GET-IMTYPE-03");
    }

    @Override
    public String expected() {
        return "success(res) with res.imType a number";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                .map(c -> "number".equals(c.imTypeType()) && c.imType().isNumber())
                .orElse(false);
    }
}
