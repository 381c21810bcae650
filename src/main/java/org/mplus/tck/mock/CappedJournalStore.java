package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * WireMock's request journal, keeping the newest {@code cap} requests. WireMock's own cap counts the whole
 * journal on every request (a third of a signed PushMsg's time at cap 1000), so the mock leaves WireMock
 * uncapped and evicts the oldest here, in constant time per request. Thread-safe.
 */
final class CappedJournalStore implements RequestJournalStore {

    private final Map<UUID, ServeEvent> events; // oldest first

    CappedJournalStore(int cap) {
        this.events = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, ServeEvent> eldest) {
                return size() > cap;
            }
        };
    }

    @Override
    public synchronized void add(ServeEvent event) {
        events.put(event.getId(), event);
    }

    /** Newest first, as WireMock's own store gives them. */
    @Override
    public Stream<ServeEvent> getAll() {
        List<ServeEvent> all;
        synchronized (this) {
            all = new ArrayList<>(events.values());
        }
        Collections.reverse(all);
        return all.stream();
    }

    @Override
    public synchronized void removeLast() {
        if (!events.isEmpty()) {
            events.remove(events.keySet().iterator().next());
        }
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return getAll().map(ServeEvent::getId);
    }

    @Override
    public synchronized Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    /** Updates a request still journalled (WireMock completes each one after serving it); an evicted one stays out. */
    @Override
    public synchronized void put(UUID id, ServeEvent event) {
        events.replace(id, event);
    }

    @Override
    public synchronized void remove(UUID id) {
        events.remove(id);
    }

    @Override
    public synchronized void clear() {
        events.clear();
    }
}
