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
    private final List<VendorProfile> vendors;

    /** @param vendors who a fault may be for, and the success codes a vendor error may not answer */
    FaultSwitch(EventFeed events, List<VendorProfile> vendors) {
        this.events = events;
        this.vendors = List.copyOf(vendors);
    }

    /**
     * Switches a fault on and returns its id.
     *
     * @throws IllegalArgumentException for a fault of no vendor served, or whose code is its vendor's success code
     */
    public String add(Fault fault) {
        List<VendorProfile> concerned = vendors.stream()
                .filter(v -> fault.vendor().equals(Fault.ANY_VENDOR) || v.vendor().equals(fault.vendor())).toList();
        if (concerned.isEmpty()) {
            throw new IllegalArgumentException("fault vendor must be " + String.join(", ",
                    vendors.stream().map(VendorProfile::vendor).toList()) + " or " + Fault.ANY_VENDOR + ", not "
                    + fault.vendor());
        }
        concerned.stream().filter(v -> v.successCode().equals(fault.code())).findFirst().ifPresent(v -> {
            throw new IllegalArgumentException("a fault code must not be a success code, and " + v.vendor()
                    + " answers " + fault.code() + " for success");
        });
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

    /** Whether any fault is on now. */
    boolean anyOn() {
        return !active.isEmpty();
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
