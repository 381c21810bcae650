package org.mplus.tck.mock;

import java.time.Instant;

/**
 * One message the mock vendor accepted for one receiver: a push to three users is three deliveries.
 *
 * @param seq       order of acceptance, unique for the life of the server
 * @param vendor    the vendor's catalog code ("ronglian", "xianwei")
 * @param from      the sender's account
 * @param to        the receiving user, or the group id
 * @param chatType  USER or GROUP
 * @param content   the text as the vendor received it
 * @param extension 容联云 msgDomain, or 先维IM ext as JSON text; null when the request had none
 * @param at        when it was accepted
 */
public record Delivery(long seq, String vendor, String from, String to, ChatType chatType, String content,
        String extension, Instant at) {
}
