package org.mplus.tck.harness;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One workbench per worker thread, started on first use and closed together at the end of the run. */
public final class Workbenches {

    private static final List<Workbench> ALL = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Workbench> MINE = new ThreadLocal<>();
    private static final Map<EngineKind, String> ENGINE_VERSIONS = new ConcurrentHashMap<>();

    private Workbenches() {
    }

    /** Set when a workbench could not start: every later scenario gets the same harness error at once. */
    private static volatile HarnessError broken;

    public static Workbench forThisThread(RunSettings settings) {
        Workbench bench = MINE.get();
        if (bench == null) {
            if (broken != null) {
                throw broken;
            }
            try {
                bench = Workbench.start(settings);
            } catch (HarnessError e) {
                broken = e;
                throw e;
            }
            MINE.set(bench);
            ALL.add(bench);
            ENGINE_VERSIONS.putIfAbsent(settings.engine(), bench.engine().version());
        }
        return bench;
    }

    /**
     * The engine's own account of itself, for reports: remembered from the first workbench that ran it, or asked
     * of a fresh engine when no scenario opened a page.
     */
    public static String engineVersion(EngineKind kind) {
        return ENGINE_VERSIONS.computeIfAbsent(kind, k -> {
            try (Engine engine = k.create()) {
                return engine.version();
            }
        });
    }

    public static void closeAll() {
        for (Workbench bench : ALL) {
            try {
                bench.close();
            } catch (RuntimeException e) {
                // Closing is best effort: the run's verdicts are already made.
            }
        }
        ALL.clear();
        MINE.remove();
        broken = null;
    }
}
