package org.mplus.tck.harness;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * How long the kit's own JVM has been stalled: a heartbeat thread wakes every {@value #TICK_MS} ms and counts how
 * much later than that it woke. A GC pause, a process the machine did not schedule, a frozen JVM all show as a late
 * beat; so does the mock's and HtmlUnit's page's time, which run in this JVM. A call's budget is lengthened by the
 * stalls measured during it, so that a verdict never rests on how busy the machine was.
 */
public final class StallMeter {

    static final long TICK_MS = 5;
    /** A beat this much later than its tick is a stall; less is the scheduler's ordinary jitter. */
    static final long TOLERANCE_MS = 15;

    private static final long TICK = Duration.ofMillis(TICK_MS).toNanos();
    private static final long TOLERANCE = Duration.ofMillis(TOLERANCE_MS).toNanos();
    private static final StallMeter JVM = new StallMeter();

    /** The last beat and the stalls counted up to it, replaced together so that a reader never sees half. */
    private record Beat(long at, long stalled) {
    }

    private final AtomicReference<Beat> last = new AtomicReference<>(new Beat(System.nanoTime(), 0));

    private StallMeter() {
        Thread heart = new Thread(this::beat, "mplus-tck-heartbeat");
        heart.setDaemon(true);
        heart.setPriority(Thread.MAX_PRIORITY);
        heart.start();
    }

    /** The one meter of this JVM, beating from first use until the JVM exits. */
    public static StallMeter jvm() {
        return JVM;
    }

    private void beat() {
        while (true) {
            LockSupport.parkNanos(TICK);
            long now = System.nanoTime();
            Beat before = last.get();
            long late = now - before.at() - TICK;
            last.set(new Beat(now, before.stalled() + (late > TOLERANCE ? late : 0)));
        }
    }

    /**
     * The stalls counted so far, in nanoseconds, including one still under way: a beat overdue now counts already,
     * so that a thread that wakes from a stall before the heartbeat does sees it.
     */
    public long stalledNanos() {
        Beat b = last.get();
        long overdue = System.nanoTime() - b.at() - TICK;
        return b.stalled() + (overdue > TOLERANCE ? overdue : 0);
    }

    /** A mark to measure the stalls from. */
    public Mark mark() {
        return new Mark(stalledNanos());
    }

    /** The stalls since a moment. */
    public final class Mark {
        private final long from;

        private Mark(long from) {
            this.from = from;
        }

        public long nanos() {
            return Math.max(0, stalledNanos() - from);
        }

        public long millis() {
            return nanos() / 1_000_000;
        }
    }
}
