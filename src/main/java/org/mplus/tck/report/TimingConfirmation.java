package org.mplus.tck.report;

import org.mplus.tck.harness.Verdict;

/**
 * A failure that rested on timing, held against the same scenario re-run alone: a failure that repeats is reported
 * (a real bug must still fail), one that does not is FLAKY, a warning with both observations.
 *
 * @param first  the scenario as it ran among the others
 * @param alone  the same scenario re-run alone
 */
public record TimingConfirmation(ScenarioResult first, ScenarioResult alone) {

    /** Whether the re-run failed too, but on timing and while the machine stalled: worth another re-run. */
    public boolean inconclusive() {
        return alone.failedOnTiming() && alone.timing().stalled();
    }

    /** The verdict to report. */
    public ScenarioResult verdict() {
        if (alone.verdict() == Verdict.FAIL || alone.verdict() == Verdict.TIMEOUT
                || alone.verdict() == Verdict.HARNESS_ERROR) {
            return first.judgedAgain(alone.verdict(), alone.finding(), alone.warnings(), alone.message()
                    + "\n(the same when the scenario was re-run alone; among the others: " + first.verdict().label()
                    + ", " + first.timing().describe() + ")");
        }
        String aloneSaw = alone.message().isEmpty() ? "" : ": " + alone.message();
        return first.judgedAgain(Verdict.FLAKY, first.finding(), alone.warnings(), "FLAKY: "
                + first.verdict().label() + " among the other scenarios (" + first.timing().describe() + "), but "
                + alone.verdict().label() + " when re-run alone; a warning, not a failure"
                + "\n  among the others: " + first.message().replace("\n", "\n  ")
                + "\n  alone: " + alone.verdict().label() + aloneSaw.replace("\n", "\n  "));
    }
}
