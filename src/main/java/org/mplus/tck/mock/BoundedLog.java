package org.mplus.tck.mock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * A thread-safe, sequenced log that keeps the newest {@code cap} entries. Sequence numbers never restart,
 * not even on {@link #clear()}, so a poller's "after N" stays meaningful across resets.
 */
final class BoundedLog<T> {

    private final int cap;
    private final ArrayDeque<T> entries;
    private long lastSeq;

    BoundedLog(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("a log cap must be at least 1, not " + cap);
        }
        this.cap = cap;
        this.entries = new ArrayDeque<>(Math.min(cap, 1024));
    }

    /** Makes the entry with the next sequence number and appends it, under one lock so order is kept. */
    synchronized T append(LongFunction<T> make) {
        T entry = make.apply(++lastSeq);
        if (entries.size() == cap) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        return entry;
    }

    synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }

    /** The retained entries that match, oldest first, at most {@code limit}. */
    synchronized List<T> select(Predicate<T> filter, int limit) {
        List<T> out = new ArrayList<>();
        for (T e : entries) {
            if (out.size() == limit) {
                break;
            }
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }
}
