package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** The call reported fail, and never success. */
public record Fails() implements Check {

    /**
     * The rules that ask the call to fail. Not INPUT-02 (bad input caught by the bridge itself), which asks more of a
     * fail than that it came: its own checks judge it.
     */
    static final List<String> RULES = List.of("SEND-MSG-04", "SEND-CHAT-02", "SEND-GROUP-02", "SHOW-MSG-02",
            "SHOW-MSG-03", "SHOW-CHAT-02", "SHOW-GROUP-02", "SHARE-02", "SHARE-04", "SHARE-06", "DELIVERY-02",
            "DELIVERY-03", "INPUT-01", "INPUT-03", "INPUT-04", "INPUT-05", "INPUT-06");

    @Override
    public List<String> rules() {
        return RULES;
    }

    @Override
    public String expected() {
        return "fail, and no success";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().failCount() >= 1 && o.outcome().successCount() == 0;
    }
}
