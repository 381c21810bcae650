package org.mplus.tck.cli;

import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.order.PickleOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the scenarios tagged {@value #TAG} first, the rest in their usual order: a slow one mostly waits
 * (for the bridge's deadline, for a slow vendor), so begun early it overlaps the others instead of being
 * the run's tail.
 */
final class SlowScenariosFirst implements PickleOrder {

    static final String TAG = "@slow";

    @Override
    public List<Pickle> orderPickles(List<Pickle> pickles) {
        List<Pickle> ordered = new ArrayList<>(pickles.size());
        pickles.stream().filter(p -> p.getTags().contains(TAG)).forEach(ordered::add);
        pickles.stream().filter(p -> !p.getTags().contains(TAG)).forEach(ordered::add);
        return ordered;
    }
}
