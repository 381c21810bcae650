package org.mplus.tck.harness;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.mplus.tck.spec.Catalog;

/**
 * A run's workbenches: one per worker thread, started on first use and closed together when the run ends. A pass
 * of the suite runs on threads of its own: once it ends, its workbenches serve the next pass's threads, so a run
 * holds as many browsers (a Grid's sessions) as it has workers, whatever its passes and re-runs.
 */
public final class Workbenches implements AutoCloseable {

    private final RunSettings settings;
    private final Catalog catalog;
    private final Map<Thread, Workbench> byThread = new ConcurrentHashMap<>();
    /** Workbenches whose threads are done with them, for the next threads to take before starting more. */
    private final Queue<Workbench> released = new ConcurrentLinkedQueue<>();
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
            bench = released.poll();
            if (bench == null) {
                try {
                    bench = Workbench.start(settings, catalog);
                } catch (HarnessError e) {
                    broken = e;
                    throw e;
                }
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
            try (Engine engine = settings.startEngine()) {
                return engine.version();
            }
        });
    }

    /** The threads that judged so far are done (their pass is over): their workbenches serve the next threads. */
    public void release() {
        released.addAll(byThread.values());
        byThread.clear();
    }

    @Override
    public void close() {
        release();
        for (Workbench bench : released) {
            try {
                bench.close();
            } catch (RuntimeException e) {
                // Closing is best effort: the run's verdicts are already made.
            }
        }
        released.clear();
    }
}
