package org.mplus.tck.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The live feed the console polls: a bounded log of what happened, newest last. */
public final class EventFeed {

    /** The most events one poll returns; the console asks again with the last seq it got. */
    public static final int PAGE = 500;

    private final BoundedLog<TckEvent> log;
    private final String run = UUID.randomUUID().toString();

    EventFeed(int cap) {
        this.log = new BoundedLog<>(cap);
    }

    /**
     * Which start of the mock the seqs belong to: they begin at 1 again after a restart, so a console that polls
     * with the last seq it saw must notice the new run and start over.
     */
    public String run() {
        return run;
    }

    public TckEvent publish(String type, String vendor, Map<String, Object> data) {
        Instant at = Instant.now();
        return log.append(seq -> new TckEvent(seq, at, type, vendor, data));
    }

    /** Events with seq above {@code after}, oldest first, at most {@link #PAGE}. */
    public List<TckEvent> after(long after) {
        return log.select(e -> e.seq() > after, PAGE);
    }

    public List<TckEvent> all() {
        return log.snapshot();
    }

    /** The seq of the newest event ever published (0 before the first), also after a clear. */
    public long last() {
        return log.lastSeq();
    }

    void clear() {
        log.clear();
    }
}
