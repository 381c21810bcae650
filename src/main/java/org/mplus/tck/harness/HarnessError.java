package org.mplus.tck.harness;

/**
 * The kit could not judge: the engine cannot run the bridge, the mock is down, a feature is malformed.
 * Never the bridge's failure; the message says what to do.
 */
public final class HarnessError extends RuntimeException {

    public HarnessError(String message) {
        super(message);
    }

    public HarnessError(String message, Throwable cause) {
        super(message, cause);
    }
}
