package org.mplus.tck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.Verdict;

/** A run judged as a whole: its scenarios, the profile's expected failures held against them, and the gate. */
public record Assessment(RunResult run, ExpectedFailures expected, Gate gate) {

    /** @param today the day expiry dates are judged against */
    public static Assessment of(RunResult run, List<ExpectedFailure> entries, LocalDate today) {
        ExpectedFailures expected = new ExpectedFailures(entries, run.scenarios(), today);
        return new Assessment(run, expected, Gate.of(run, expected));
    }

    public Optional<ExpectedFailure> excuse(ScenarioResult s) {
        return expected.excuse(s);
    }

    /** A matrix cell as reports print it: "FAIL 2/12", and "(2 expected)" when the profile excuses some. */
    public String cellText(CallMatrix.Cell cell) {
        long excused = cell.scenarios().stream().filter(s -> excuse(s).isPresent()).count();
        return cell.text() + (excused > 0 ? " (" + excused + " expected)" : "");
    }

    /**
     * The scenarios a reader must look at: every one that broke a rule, could not be judged, or failed only among the
     * others (FLAKY), in feature order.
     */
    public List<ScenarioResult> problems() {
        return run.scenarios().stream().filter(s -> s.broke() || s.verdict() == Verdict.HARNESS_ERROR
                || s.verdict() == Verdict.FLAKY).toList();
    }
}
