package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * WireMock's request journal, keeping about the newest {@code cap} requests (a few more while requests
 * race). WireMock's own cap counts the whole journal on every request (a third of a signed PushMsg's time
 * at cap 1000), so the mock leaves WireMock uncapped and evicts the oldest here, in constant time and
 * without a lock: every request passes through here twice, and a lock there makes the server's threads
 * queue behind whichever one the scheduler preempted holding it.
 */
final class CappedJournalStore implements RequestJournalStore {

    private final int cap;
    private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();
    private final Queue<UUID> order = new ConcurrentLinkedQueue<>(); // oldest first
    private final AtomicInteger size = new AtomicInteger();

    CappedJournalStore(int cap) {
        this.cap = cap;
    }

    @Override
    public void add(ServeEvent event) {
        events.put(event.getId(), event);
        order.add(event.getId());
        if (size.incrementAndGet() > cap) {
            removeLast();
        }
    }

    /** Newest first, as WireMock's own store gives them. */
    @Override
    public Stream<ServeEvent> getAll() {
        List<ServeEvent> all = new ArrayList<>();
        for (UUID id : order) {
            ServeEvent e = events.get(id);
            if (e != null) {
                all.add(e);
            }
        }
        Collections.reverse(all);
        return all.stream();
    }

    /** Removes the oldest. */
    @Override
    public void removeLast() {
        UUID oldest = order.poll();
        if (oldest != null) {
            size.decrementAndGet();
            events.remove(oldest);
        }
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return getAll().map(ServeEvent::getId);
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    /** Updates a request still journalled (WireMock completes each one after serving it); an evicted one stays out. */
    @Override
    public void put(UUID id, ServeEvent event) {
        events.replace(id, event);
    }

    @Override
    public void remove(UUID id) {
        events.remove(id);
        if (order.remove(id)) {
            size.decrementAndGet();
        }
    }

    @Override
    public void clear() {
        for (UUID id = order.poll(); id != null; id = order.poll()) {
            size.decrementAndGet();
            events.remove(id);
        }
    }
}
