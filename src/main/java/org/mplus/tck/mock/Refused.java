package org.mplus.tck.mock;

/**
 * Thrown by a vendor model's checks to answer with a vendor error. It carries no stack trace: it is an
 * answer, not a bug.
 */
public final class Refused extends RuntimeException {

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.code() + " " + refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
