package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** CALLBACK-02: every fail gets an object whose errMsg is a non-empty string. */
public record FailCarriesErrMsg() implements Check {

    @Override
    public List<String> rules() {
        return List.of("CALLBACK-02");
    }

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
