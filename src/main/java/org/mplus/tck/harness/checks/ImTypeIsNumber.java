package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** GET-IMTYPE-01: res.imType is the number 0 or 1. */
public record ImTypeIsNumber() implements Check {

    @Override
    public String expected() {
        return "success(res) with res.imType the number 0 or 1";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                .map(c -> "number".equals(c.imTypeType()) && c.imType().isNumber()
                        && (c.imType().asDouble() == 0 || c.imType().asDouble() == 1))
                .orElse(false);
    }
}
