package org.mplus.tck.harness;

import java.util.Comparator;

/**
 * The verdict on one scenario, as the design defines them. Each says everything the gate and the reports need
 * to know of it (how it stands, how a count of it reads, its mark), so a new kind of verdict is one entry here.
 */
public enum Verdict {
    PASS(Standing.PASSED, "passed", "✅", "#dafbe1"),
    /** A MUST rule was broken. */
    FAIL(Standing.BROKE_MUST, "failed", "❌", "#ffcecb"),
    /** Only SHOULD rules were broken. */
    WARN(Standing.BROKE_SHOULD, "warned", "⚠️", "#fff8c5"),
    /** No callback in time. */
    TIMEOUT(Standing.BROKE_MUST, "timed out", "⏱️", "#ffd8b5"),
    /**
     * A failure that rested on timing (a deadline, a slow vendor, a stall of the kit's machine) and did not repeat
     * when the scenario was re-run alone: a warning with both observations, never a failure, not even with --strict.
     */
    FLAKY(Standing.UNSURE, "flaky", "🎲", "#fdf0d5"),
    /**
     * The scenario needs a test hook (window.mplusTckUser) that the bridge never reads: the kit cannot play it,
     * so it neither passes nor fails it, and says how to support the hook.
     */
    NOT_PLAYABLE(Standing.NOT_RUN, "not playable", "🧩", "#ddf4ff"),
    /** The bridge's profile does not claim the call, vendor or version. */
    SKIP(Standing.NOT_RUN, "skipped", "⏭️", "#eaeef2"),
    /** The kit could not judge; never the bridge's failure. */
    HARNESS_ERROR(Standing.KIT_ERROR, "harness errors", "🛠️", "#e8d5ff");

    /**
     * What a verdict means for the run, worst first: the gate, CI's test outcome and which verdict a group of
     * scenarios shows all follow from it.
     */
    public enum Standing {
        /** The kit could not judge: the run exits 2. */
        KIT_ERROR,
        /** The bridge broke a MUST rule: the run fails. */
        BROKE_MUST,
        /** The bridge broke a SHOULD rule: the run fails with --strict only. */
        BROKE_SHOULD,
        /** A timing failure that did not repeat alone: said, never failing the run. */
        UNSURE,
        /** The bridge did what the rules ask. */
        PASSED,
        /** Not judged, as the bridge's profile asks. */
        NOT_RUN
    }

    /** Worst first: by standing, then in the order declared here (FAIL before TIMEOUT). */
    public static final Comparator<Verdict> WORST_FIRST = Comparator.comparing(Verdict::standing)
            .thenComparing(Comparator.naturalOrder());

    private final Standing standing;
    private final String counted;
    private final String mark;
    private final String colour;

    Verdict(Standing standing, String counted, String mark, String colour) {
        this.standing = standing;
        this.counted = counted;
        this.mark = mark;
        this.colour = colour;
    }

    public Standing standing() {
        return standing;
    }

    /** As reports print it: HARNESS-ERROR. */
    public String label() {
        return name().replace('_', '-');
    }

    /** How a count of it reads: "3 timed out". */
    public String counted() {
        return counted;
    }

    /** The same as a JSON key: timedOut. */
    public String key() {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : counted.toCharArray()) {
            if (c == ' ') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** Its mark where a report has room for one character: conformance.md. */
    public String mark() {
        return mark;
    }

    /** Its background in conformance.html, CSS. */
    public String colour() {
        return colour;
    }

    /** Whether the bridge broke a rule here (as opposed to passing, being skipped, or the kit failing). */
    public boolean broke() {
        return standing == Standing.BROKE_MUST || standing == Standing.BROKE_SHOULD;
    }

    /** Whether the bridge was judged here at all. */
    public boolean ran() {
        return standing != Standing.NOT_RUN && standing != Standing.KIT_ERROR;
    }
}
