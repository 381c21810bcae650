package org.mplus.tck.mock;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A runtime fault on vendor endpoints.
 *
 * @param vendor  a vendor's catalog code ("ronglian", "xianwei") or "*" for every vendor
 * @param account only requests to this receiver or about this looked-up account; empty for all traffic
 * @param type    what the fault does
 * @param code    VENDOR_ERROR: the error code to answer, null for the vendor's own server error
 * @param message VENDOR_ERROR: the message to answer, null for the vendor's own
 * @param delayMs LATENCY: how long to wait before answering
 */
public record Fault(String vendor, Optional<String> account, FaultType type, String code, String message,
        int delayMs) {

    public static final String ANY_VENDOR = "*";
    public static final int MAX_DELAY_MS = 120_000;

    public Fault {
        Objects.requireNonNull(type, "type");
        account = Objects.requireNonNullElse(account, Optional.empty());
        Objects.requireNonNull(vendor, "vendor");
        if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("delayMs must be 0–" + MAX_DELAY_MS + ", not " + delayMs);
        }
        if (type == FaultType.LATENCY && delayMs == 0) {
            throw new IllegalArgumentException("a latency fault needs delayMs > 0");
        }
        if (code != null && !code.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("a fault code must be 1–9 digits, not " + code);
        }
    }

    public static Fault vendorError(String vendor) {
        return new Fault(vendor, Optional.empty(), FaultType.VENDOR_ERROR, null, null, 0);
    }

    public static Fault vendorError(String vendor, String code, String message) {
        return new Fault(vendor, Optional.empty(), FaultType.VENDOR_ERROR, code, message, 0);
    }

    public static Fault latency(String vendor, int delayMs) {
        return new Fault(vendor, Optional.empty(), FaultType.LATENCY, null, null, delayMs);
    }

    public static Fault connectionReset(String vendor) {
        return new Fault(vendor, Optional.empty(), FaultType.CONNECTION_RESET, null, null, 0);
    }

    public static Fault malformedResponse(String vendor) {
        return new Fault(vendor, Optional.empty(), FaultType.MALFORMED_RESPONSE, null, null, 0);
    }

    /** The same fault, only for requests to or about {@code account}. */
    public Fault forAccount(String account) {
        return new Fault(vendor, Optional.of(account), type, code, message, delayMs);
    }

    boolean appliesTo(String requestVendor, Collection<String> accounts) {
        return (vendor.equals(ANY_VENDOR) || vendor.equals(requestVendor))
                && account.map(accounts::contains).orElse(true);
    }
}
