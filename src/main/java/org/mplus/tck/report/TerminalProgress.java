package org.mplus.tck.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.mplus.tck.harness.Verdict.Standing;

/**
 * What the terminal shows while a run goes. On a terminal, one line redrawn in place: scenarios done of the
 * run's total, failures so far, time so far. Elsewhere (a CI log, a pipe) nothing redraws, so a line per scenario
 * that did not pass, as it finishes. With --verbose, a line per scenario either way. What went wrong in detail
 * comes once the run is over, grouped by rule ({@link TerminalReport}).
 */
public final class TerminalProgress implements RunListener, AutoCloseable {

    /** Erases the terminal's current line: back to its start, then clear to its end. */
    static final String ERASE = "\r\033[K";

    private static final int REASON = 160;

    private final PrintStream out;
    private final boolean live;
    private final boolean verbose;
    private final LongSupplier nanos;
    private final long started;
    private final ScheduledExecutorService ticker;
    private int planned = -1;
    private int done;
    private int failing;
    private boolean closed;

    /**
     * @param live    redraw one line in place (a terminal), rather than print lines (a log)
     * @param verbose a line for every scenario, passed or not
     * @param nanos   the clock the elapsed time is read from
     * @param tickMs  how often the live line redraws while no scenario finishes (0: only when one does)
     */
    TerminalProgress(PrintStream out, boolean live, boolean verbose, LongSupplier nanos, long tickMs) {
        this.out = out;
        this.live = live;
        this.verbose = verbose;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        if (live && tickMs > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mplus-tck progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, tickMs, tickMs, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    public static TerminalProgress of(PrintStream out, boolean live, boolean verbose) {
        return new TerminalProgress(out, live, verbose, System::nanoTime, 250);
    }

    @Override
    public synchronized void planned(int scenarios) {
        planned = scenarios;
        redraw();
    }

    @Override
    public synchronized void finished(ScenarioResult r) {
        done++;
        Standing standing = r.verdict().standing();
        if (standing == Standing.BROKE_MUST || standing == Standing.KIT_ERROR) {
            failing++;
        }
        if (verbose || standing != Standing.PASSED) {
            out.print(live ? ERASE : "");
            out.println(line(r));
        }
        redraw();
    }

    /** "FAIL          getImType · 容联云 · … (get-im-type.feature:24): GET-IMTYPE-01 (MUST) broken by …". */
    static String line(ScenarioResult r) {
        String reason = r.message().lines().findFirst().orElse("");
        if (reason.length() > REASON) {
            reason = reason.substring(0, REASON) + "…";
        }
        return String.format("%-13s %s (%s, %d ms)%s", r.verdict().label(), r.title(), r.location(), r.durationMs(),
                reason.isEmpty() ? "" : ": " + reason);
    }

    /** "judged 123 of 270 scenarios · 2 failed so far · 7.3 s". */
    synchronized String status() {
        return String.format(Locale.ROOT, "judged %d of %s scenarios · %d failed so far · %.1f s", done,
                planned < 0 ? "?" : String.valueOf(planned), failing, (nanos.getAsLong() - started) / 1e9);
    }

    private synchronized void redraw() {
        if (live && !closed) {
            out.print(ERASE + status());
            out.flush();
        }
    }

    /** Stops redrawing and leaves the terminal's line empty for what follows. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (live && !closed) {
            out.print(ERASE);
            out.flush();
        }
        closed = true;
    }
}
