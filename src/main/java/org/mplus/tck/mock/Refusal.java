package org.mplus.tck.mock;

/** A vendor's error answer: the HTTP status, the vendor's code and the message that says what was wrong. */
public record Refusal(int httpStatus, String code, String message) {
}
