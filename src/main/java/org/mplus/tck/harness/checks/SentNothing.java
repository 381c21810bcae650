package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** No request tried to send a message, to either vendor (a refused attempt counts as sending). */
public record SentNothing() implements Check {

    /**
     * The rules that ask a call to send nothing as part of what it must do (a show call, a refused share). Not INPUT-02,
     * which asks it of bad input: {@link CaughtByTheBridge} judges that.
     */
    private static final List<String> RULES = List.of("SEND-MSG-04", "SHOW-MSG-01", "SHOW-MSG-02", "SHOW-MSG-03",
            "SHOW-CHAT-01", "SHOW-CHAT-02", "SHOW-GROUP-01", "SHOW-GROUP-02", "SHARE-02", "SHARE-04", "SHARE-06");

    @Override
    public List<String> rules() {
        return RULES;
    }

    @Override
    public String expected() {
        return "no send request to any vendor";
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().sends().isEmpty() && o.traffic().deliveries().isEmpty();
    }
}
