package org.mplus.tck.harness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One workbench per worker thread, started on first use and closed together at the end of the run. */
public final class Workbenches {

    private static final List<Workbench> ALL = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Workbench> MINE = new ThreadLocal<>();

    private Workbenches() {
    }

    /** Set when a workbench could not start: every later scenario gets the same harness error at once. */
    private static volatile HarnessError broken;
    /** The engine that judged the run, with its version, as the first workbench's engine names itself. */
    private static volatile String engineVersion;

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
            if (engineVersion == null) {
                engineVersion = bench.engine().version();
            }
        }
        return bench;
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

    /**
     * The engine and its version ("Chromium 156.0.8078.108 (headless…)") if a workbench started since the last
     * take; it outlives {@link #closeAll()}, which the suite's own hooks call before the run reports.
     */
    public static java.util.Optional<String> takeEngineVersion() {
        java.util.Optional<String> version = java.util.Optional.ofNullable(engineVersion);
        engineVersion = null;
        return version;
    }
}
