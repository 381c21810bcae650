package org.mplus.tck.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One call as an engine's session watches it: its id on the page, its deadline, and the page events since. The
 * deadline moves by the kit's own stalls measured meanwhile ({@link StallMeter}): a call is given its whole
 * timeout of time the kit could run in, however busy the machine.
 */
public final class CallWatch {

    private final String id;
    private final List<PageEvent> events;
    private final int eventsBefore;
    private final long started = System.nanoTime();
    private final long deadline;
    private final StallMeter.Mark stalls = StallMeter.jvm().mark();

    /** @param ids the session's call counter; @param events the page's events, appended to as they happen */
    public CallWatch(AtomicInteger ids, List<PageEvent> events, Duration timeout) {
        this.id = "c" + ids.incrementAndGet();
        this.events = events;
        this.eventsBefore = events.size();
        this.deadline = started + timeout.toNanos();
    }

    public String id() {
        return id;
    }

    public boolean pastDeadline() {
        return System.nanoTime() > deadline + stalls.nanos();
    }

    /** How long until the deadline, as it stands now; negative once past it. */
    public long msToDeadline() {
        return (deadline + stalls.nanos() - System.nanoTime()) / 1_000_000;
    }

    public long elapsedMs() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Waits while the page gets on with the call: the sessions' one way to let time pass. */
    public static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while waiting for a callback");
        }
    }

    /** The page's events since the call began, in a list of the caller's own. */
    public List<PageEvent> eventsSince() {
        return new ArrayList<>(events.subList(Math.min(eventsBefore, events.size()), events.size()));
    }
}
