package org.mplus.tck.harness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mplus.tck.spec.Catalog;

/** A run's workbenches: one per worker thread, started on first use and closed together when the run ends. */
public final class Workbenches implements AutoCloseable {

    private final RunSettings settings;
    private final Catalog catalog;
    private final Map<Thread, Workbench> byThread = new ConcurrentHashMap<>();
    private final Map<EngineKind, String> engineVersions = new ConcurrentHashMap<>();
    /** Set when a workbench could not start: every later scenario gets the same harness error at once. */
    private volatile HarnessError broken;

    /** @param catalog the run's: its vendors are the ones the workbenches' mocks serve */
    public Workbenches(RunSettings settings, Catalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    public Workbench forThisThread() {
        Workbench bench = byThread.get(Thread.currentThread());
        if (bench == null) {
            if (broken != null) {
                throw broken;
            }
            try {
                bench = Workbench.start(settings, catalog);
            } catch (HarnessError e) {
                broken = e;
                throw e;
            }
            byThread.put(Thread.currentThread(), bench);
            engineVersions.putIfAbsent(settings.engine(), bench.engine().version());
        }
        return bench;
    }

    /**
     * The engine's own account of itself, for reports: remembered from the first workbench that ran it, or asked
     * of a fresh engine when no scenario opened a page.
     */
    public String engineVersion() {
        return engineVersions.computeIfAbsent(settings.engine(), k -> {
            try (Engine engine = k.create()) {
                return engine.version();
            }
        });
    }

    @Override
    public void close() {
        for (Workbench bench : byThread.values()) {
            try {
                bench.close();
            } catch (RuntimeException e) {
                // Closing is best effort: the run's verdicts are already made.
            }
        }
        byThread.clear();
    }
}
