package org.mplus.tck.mock;

import java.time.Instant;

/**
 * One request that reached a vendor endpoint, accepted or refused, so a test can say what the bridge sent.
 *
 * @param seq            order of arrival, unique for the life of the server
 * @param vendor         the vendor's catalog code ("ronglian", "xianwei")
 * @param method         HTTP method
 * @param path           URL path, without the query
 * @param endpoint       what it asked for
 * @param accepted       whether the vendor answered with its success code
 * @param outcomeCode    the vendor's success code ("000000", "0"), its error code, or the fault
 *                       ("connection-reset", "malformed-response") that replaced the answer
 * @param body           the request body as text, cut to {@value #BODY_CAP} characters
 * @param outcomeMessage the statusMsg / msg answered, or what the fault did
 * @param at             when it arrived
 */
public record VendorRequest(long seq, String vendor, String method, String path, Endpoint endpoint,
        boolean accepted, String outcomeCode, String body, String outcomeMessage, Instant at) {

    public static final int BODY_CAP = 4096;
}
