package org.mplus.tck.mock;

/** The mock could not start (port busy, bad root directory, bad fixture); the message says why, for a person. */
public final class MockStartException extends RuntimeException {

    public MockStartException(String message) {
        super(message);
    }

    public MockStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
