package org.mplus.tck.mock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults switched on now. Vendor requests read the list on every call and faults change rarely, so
 * the list is copy-on-write: reads take no lock. When several faults match, the oldest wins.
 */
public final class FaultSwitch {

    private final List<ActiveFault> active = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final EventFeed events;

    FaultSwitch(EventFeed events) {
        this.events = events;
    }

    /** Switches a fault on and returns its id. */
    public String add(Fault fault) {
        ActiveFault f = new ActiveFault("f" + ids.incrementAndGet(), fault);
        active.add(f);
        changed("added", f.id());
        return f.id();
    }

    /** Switches one fault off; false when no fault has that id. */
    public boolean remove(String id) {
        boolean removed = active.removeIf(f -> f.id().equals(id));
        if (removed) {
            changed("removed", id);
        }
        return removed;
    }

    /** Back to normal: every fault off. */
    public void clear() {
        if (!active.isEmpty()) {
            active.clear();
            changed("cleared", null);
        }
    }

    public List<ActiveFault> list() {
        return List.copyOf(active);
    }

    /** The fault that applies to a request of {@code vendor} to or about {@code accounts}, if any. */
    Optional<Fault> match(String vendor, Collection<String> accounts) {
        for (ActiveFault f : active) {
            if (f.fault().appliesTo(vendor, accounts)) {
                return Optional.of(f.fault());
            }
        }
        return Optional.empty();
    }

    private void changed(String change, String id) {
        events.publish("fault-changed", null, id == null ? Map.of("change", change, "active", active.size())
                : Map.of("change", change, "id", id, "active", active.size()));
    }
}
