package org.mplus.tck.mock;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the live feed at /__tck/events.
 *
 * @param seq    order, unique for the life of the server; the console polls with after=seq
 * @param at     when it happened
 * @param type   delivered, refused, chat-opened, shared, fault-changed or im-type-changed
 * @param vendor a vendor's catalog code ("ronglian", "xianwei"), or null when no vendor is involved
 * @param data   the rest, as the feed shows it
 */
public record TckEvent(long seq, Instant at, String type, String vendor, Map<String, Object> data) {

    public TckEvent {
        data = Map.copyOf(data);
    }
}
