package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** The call reported success, and never fail. */
public record Succeeds() implements Check {

    /** The rules that ask the call to work: each scenario of one of them asks for a success first. */
    private static final List<String> RULES = List.of("GET-IMTYPE-01", "GET-IMTYPE-02", "SEND-MSG-01", "SEND-MSG-02",
            "SEND-CHAT-01", "SEND-GROUP-01", "SHOW-MSG-01", "SHOW-CHAT-01", "SHOW-GROUP-01", "SHARE-01", "SHARE-03",
            "SHARE-05", "DELIVERY-01");

    @Override
    public List<String> rules() {
        return RULES;
    }

    @Override
    public String expected() {
        return "success, and no fail";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().successCount() >= 1 && o.outcome().failCount() == 0;
    }
}
