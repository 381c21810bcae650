package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/** CALLBACK-05: success(res) gets an object. */
public record SuccessGetsObject() implements Check {

    @Override
    public List<String> rules() {
        return List.of("CALLBACK-05");
    }

    @Override
    public String expected() {
        return "success(res) with res an object";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess)
                .allMatch(c -> "object".equals(c.argType()));
    }
}
