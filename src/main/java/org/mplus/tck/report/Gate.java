package org.mplus.tck.report;

import org.mplus.tck.harness.Verdict;

/**
 * The run's exit code, as the design fixes it: 0 when no MUST rule fails (nor a SHOULD rule with --strict),
 * 1 when one does, 2 when the kit could not judge.
 */
public record Gate(int exitCode, String reason) {

    public static final int CONFORMANT = 0;
    public static final int NOT_CONFORMANT = 1;
    public static final int HARNESS_ERROR = 2;

    public static Gate of(RunResult run, boolean strict) {
        long errors = run.count(Verdict.HARNESS_ERROR);
        long failed = run.count(Verdict.FAIL) + run.count(Verdict.TIMEOUT);
        long warned = run.count(Verdict.WARN);
        if (errors > 0) {
            return new Gate(HARNESS_ERROR, "harness error: the kit could not judge " + errors
                    + " scenario(s); see their messages");
        }
        if (failed > 0) {
            return new Gate(NOT_CONFORMANT, "NOT conformant: " + failed + " scenario(s) break a MUST rule");
        }
        if (strict && warned > 0) {
            return new Gate(NOT_CONFORMANT, "NOT conformant (--strict): " + warned
                    + " scenario(s) break a SHOULD rule");
        }
        if (run.scenarios().stream().allMatch(s -> s.verdict() == Verdict.SKIP)) {
            return new Gate(HARNESS_ERROR, "harness error: no scenario ran (all skipped or none matched the tags)");
        }
        return new Gate(CONFORMANT, "conformant: no MUST rule broken" + (warned > 0 ? " (" + warned
                + " SHOULD warning(s); --strict would fail them)" : ""));
    }
}
