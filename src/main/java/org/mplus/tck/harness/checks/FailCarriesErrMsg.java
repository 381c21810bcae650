package org.mplus.tck.harness.checks;

import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** CALLBACK-02: every fail gets an object whose errMsg is a non-empty string. */
public record FailCarriesErrMsg() implements Check {

    @Override
    public String expected() {
        return "fail(res) with res.errMsg a non-empty string";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isFail)
                .allMatch(c -> "string".equals(c.errMsgType()) && c.errMsgLength() > 0 && !c.errMsg().isBlank());
    }
}
