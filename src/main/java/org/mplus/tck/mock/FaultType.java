package org.mplus.tck.mock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a fault does to a vendor answer; {@link #wireName()} is its name in the admin API's JSON. */
public enum FaultType {
    /** Answers the vendor's error (its default server error, or the code and message given). */
    VENDOR_ERROR,
    /** Waits delayMs, then answers as usual. */
    LATENCY,
    /** Closes the connection without an answer. */
    CONNECTION_RESET,
    /** Answers HTTP 200 with a JSON body cut off half way. */
    MALFORMED_RESPONSE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FaultType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }
}
