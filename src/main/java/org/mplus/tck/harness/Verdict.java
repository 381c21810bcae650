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
    /**
     * A failure that rested on timing (a deadline, a slow vendor, a stall of the kit's machine) and did not repeat
     * when the scenario was re-run alone: a warning with both observations, never a failure.
     */
    FLAKY,
    /**
     * The scenario needs a test hook (window.mplusTckUser) that the bridge never reads: the kit cannot play it,
     * so it neither passes nor fails it, and says how to support the hook.
     */
    NOT_PLAYABLE,
    /** The bridge's profile does not claim the call, vendor or version. */
    SKIP,
    /** The kit could not judge; never the bridge's failure. */
    HARNESS_ERROR;

    /** As reports print it: HARNESS-ERROR. */
    public String label() {
        return name().replace('_', '-');
    }
}
