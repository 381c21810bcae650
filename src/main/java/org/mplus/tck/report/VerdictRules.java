package org.mplus.tck.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.NoCallbackInTime;
import org.mplus.tck.harness.RuleViolation;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.Verdict;

/** Turns Cucumber's status and error for a scenario into the kit's verdict. */
final class VerdictRules {

    private VerdictRules() {
    }

    static Verdict verdict(Result result, Optional<ScenarioRecord> record) {
        Status status = result.getStatus();
        Throwable error = result.getError();
        return switch (status) {
            case PASSED -> record.map(r -> r.warnings().isEmpty()).orElse(true) ? Verdict.PASS : Verdict.WARN;
            case SKIPPED -> Verdict.SKIP;
            case FAILED -> error instanceof NoCallbackInTime ? Verdict.TIMEOUT
                    : error instanceof AssertionError ? Verdict.FAIL
                    : Verdict.HARNESS_ERROR;
            default -> Verdict.HARNESS_ERROR;
        };
    }

    static Optional<Finding> finding(Result result) {
        return result.getError() instanceof RuleViolation v ? Optional.of(v.finding()) : Optional.empty();
    }

    static String message(Result result, Optional<ScenarioRecord> record) {
        Throwable error = result.getError();
        return switch (result.getStatus()) {
            case PASSED -> record.map(r -> String.join("\n", r.warnings().stream().map(Finding::message).toList()))
                    .orElse("");
            case SKIPPED -> error == null || error.getMessage() == null ? "skipped" : "skipped: " + error.getMessage();
            case FAILED -> error == null ? "failed" : error instanceof HarnessError || error instanceof AssertionError
                    ? String.valueOf(error.getMessage())
                    : "the kit failed: " + error + " (please report this with the scenario)";
            case UNDEFINED -> "a step of this scenario has no definition in the kit";
            default -> "status " + result.getStatus();
        };
    }
}
