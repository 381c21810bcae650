package org.mplus.tck.harness;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/**
 * One pass of the suite: what it judges and with what (settings, catalog), the vendor it judges the bridge on, the
 * workbenches its threads judge on, and the record each scenario leaves for the reports. A run makes one pass per
 * vendor under test, one after the other, on the same workbenches (a scenario resets its workbench to its vendor).
 * Runs share nothing, so several can go at once in one JVM.
 * Cucumber makes the step classes itself, so they find their run through the thread they judge on: whoever runs
 * the suite binds the run to each of its threads before a scenario starts there.
 */
public final class KitRun {

    /** The run this thread judges for; a binding, set and restored around the run's work, not shared state. */
    private static final ThreadLocal<KitRun> BOUND = new ThreadLocal<>();

    private final RunSettings settings;
    private final Catalog catalog;
    private final Vendor vendor;
    private final Workbenches workbenches;
    /** The record of the scenario each thread last finished, until the reports take it. */
    private final Map<Thread, ScenarioRecord> records = new ConcurrentHashMap<>();

    /** @param workbenches the run's, closed by whoever made them once its last pass is done */
    public KitRun(RunSettings settings, Catalog catalog, Vendor vendor, Workbenches workbenches) {
        this.settings = settings;
        this.catalog = catalog;
        this.vendor = vendor;
        this.workbenches = workbenches;
    }

    /** The run bound to this thread, if any. */
    public static Optional<KitRun> bound() {
        return Optional.ofNullable(BOUND.get());
    }

    /** Binds this run to the calling thread; returns what was bound before, for {@link #restore}. */
    public Optional<KitRun> bind() {
        Optional<KitRun> before = bound();
        BOUND.set(this);
        return before;
    }

    /** Puts back what {@link #bind} replaced on the calling thread. */
    public static void restore(Optional<KitRun> before) {
        before.ifPresentOrElse(BOUND::set, BOUND::remove);
    }

    public RunSettings settings() {
        return settings;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The vendor under test in this pass: every scenario of the pass runs on it. */
    public Vendor vendor() {
        return vendor;
    }

    public Workbenches workbenches() {
        return workbenches;
    }

    /** The steps leave the scenario's record as it ends; the reports take it once it is judged, on this thread. */
    public void leave(ScenarioRecord record) {
        records.put(Thread.currentThread(), record);
    }

    public Optional<ScenarioRecord> take() {
        return Optional.ofNullable(records.remove(Thread.currentThread()));
    }
}
