package org.mplus.tck.mock;

import java.time.Instant;

/** A message a vendor model has validated, not yet stored: the store gives it its sequence number. */
public record Outgoing(String from, String to, ChatType chatType, String content, String extension) {

    Delivery delivered(long seq, String vendor, Instant at) {
        return new Delivery(seq, vendor, from, to, chatType, content, extension, at);
    }
}
