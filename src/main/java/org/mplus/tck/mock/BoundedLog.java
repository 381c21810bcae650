package org.mplus.tck.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * A thread-safe, sequenced log that keeps the newest {@code cap} entries. Sequence numbers never restart,
 * not even on {@link #clear()}, so a poller's "after N" stays meaningful across resets.
 *
 * <p>Lock-free, because every vendor request appends to three of these: with a lock, the server's threads
 * queued behind whichever one the scheduler had preempted holding it. Entry {@code seq} lives in slot
 * {@code (seq - 1) % cap} until {@code seq + cap} takes the slot. An entry whose seq is taken but which is
 * not yet in its slot ends what readers see, so that none is skipped for good by a poller asking "after N".
 */
final class BoundedLog<T> {

    private record Slot<T>(long seq, T entry) {
    }

    private final int cap;
    private final AtomicReferenceArray<Slot<T>> slots;
    private final AtomicLong lastTaken = new AtomicLong();
    private volatile long clearedThrough;

    BoundedLog(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("a log cap must be at least 1, not " + cap);
        }
        this.cap = cap;
        this.slots = new AtomicReferenceArray<>(cap);
    }

    /** Makes the entry with the next sequence number and appends it. */
    T append(LongFunction<T> make) {
        long seq = lastTaken.incrementAndGet();
        T entry = make.apply(seq);
        Slot<T> mine = new Slot<>(seq, entry);
        int i = index(seq);
        Slot<T> there;
        do {
            there = slots.get(i);
            if (there != null && there.seq() > seq) {
                return entry; // a writer cap entries later got here first: this one is already evicted
            }
        } while (!slots.compareAndSet(i, there, mine));
        return entry;
    }

    List<T> snapshot() {
        return select(e -> true, Integer.MAX_VALUE);
    }

    /** The retained entries that match, oldest first, at most {@code limit}. */
    List<T> select(Predicate<T> filter, int limit) {
        List<T> out = new ArrayList<>();
        long last = lastTaken.get();
        for (long seq = first(last); seq <= last && out.size() < limit; seq++) {
            Slot<T> slot = slots.get(index(seq));
            if (slot == null || slot.seq() < seq) {
                break; // still being written
            }
            if (slot.seq() == seq && filter.test(slot.entry())) {
                out.add(slot.entry());
            }
        }
        return out;
    }

    /** The newest seq readers can see with none missing before it (0 before the first), also after a clear. */
    long lastSeq() {
        long last = lastTaken.get();
        for (long seq = first(last); seq <= last; seq++) {
            Slot<T> slot = slots.get(index(seq));
            if (slot == null || slot.seq() < seq) {
                return seq - 1;
            }
        }
        return last;
    }

    void clear() {
        clearedThrough = lastTaken.get();
    }

    private long first(long last) {
        return Math.max(clearedThrough, last - cap) + 1;
    }

    private int index(long seq) {
        return (int) ((seq - 1) % cap);
    }
}
