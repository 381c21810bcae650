package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.Observation;

/** The call threw nothing, and no script error came from the bridge while the kit watched. */
public record NothingThrown() implements Check {

    @Override
    public List<String> rules() {
        return List.of("CALLBACK-03", "INPUT-02");
    }

    @Override
    public String expected() {
        return "no exception from the call and no script error on the page, then or later";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().thrown().isEmpty() && o.outcome().errors().isEmpty();
    }
}
