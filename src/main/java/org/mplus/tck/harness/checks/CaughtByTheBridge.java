package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/**
 * INPUT-02: the bridge caught the bad input itself, so no vendor was asked to send it. What it looks at is what
 * {@link SentNothing} looks at; the rule it serves is not.
 */
public record CaughtByTheBridge() implements Check {

    private static final Check SENT_NOTHING = new SentNothing();

    @Override
    public List<String> rules() {
        return List.of("INPUT-02");
    }

    @Override
    public String expected() {
        return SENT_NOTHING.expected();
    }

    @Override
    public boolean holds(Observation o) {
        return SENT_NOTHING.holds(o);
    }
}
