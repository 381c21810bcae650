package org.mplus.tck.harness;

/** The verdict on one scenario, as the design defines them. */
public enum Verdict {
    PASS,
    /** A MUST rule was broken. */
    FAIL,
    /** Only SHOULD rules were broken. */
    WARN,
    /** No callback in time. */
    TIMEOUT,
    /** The bridge's profile does not claim the call, vendor or version. */
    SKIP,
    /** The kit could not judge; never the bridge's failure. */
    HARNESS_ERROR;

    /** As reports print it: HARNESS-ERROR. */
    public String label() {
        return name().replace('_', '-');
    }
}
