package org.mplus.tck.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.RuleViolation;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.Verdict;

/**
 * Turns Cucumber's status and error for a scenario into the kit's verdict: first what ended the scenario
 * ({@link Ending}), then one table from that to the verdict.
 */
final class VerdictRules {

    /** The rule whose breach by silence is a TIMEOUT rather than a FAIL. */
    private static final String ONE_CALLBACK_IN_TIME = "CALLBACK-01";

    /** How a scenario ended, as far as its verdict goes: Cucumber's status, told apart by the error it carries. */
    enum Ending {
        /** Passed, and no SHOULD rule broken. */
        PASSED,
        /** Passed, with SHOULD rules broken (warnings). */
        PASSED_WITH_WARNINGS,
        /** Skipped: the bridge's profile does not claim the call, vendor or version. */
        SKIPPED,
        /** Failed on CALLBACK-01 with no callback when the kit's clock ran out. */
        UNANSWERED,
        /** Failed on a broken MUST rule. */
        RULE_BROKEN,
        /** Failed on another assertion. */
        ASSERTION_FAILED,
        /** Failed because the kit could not judge, and said why. */
        HARNESS_ERROR,
        /** Failed on an error the kit did not expect (or none at all). */
        KIT_FAILED,
        /** A step with no definition, or Cucumber's other statuses (pending, ambiguous, unused). */
        NOT_RUNNABLE
    }

    /** The verdict for each ending: the whole mapping. */
    static final Map<Ending, Verdict> VERDICTS = verdicts();

    private static Map<Ending, Verdict> verdicts() {
        Map<Ending, Verdict> table = new EnumMap<>(Ending.class);
        table.put(Ending.PASSED, Verdict.PASS);
        table.put(Ending.PASSED_WITH_WARNINGS, Verdict.WARN);
        table.put(Ending.SKIPPED, Verdict.SKIP);
        table.put(Ending.UNANSWERED, Verdict.TIMEOUT);
        table.put(Ending.RULE_BROKEN, Verdict.FAIL);
        table.put(Ending.ASSERTION_FAILED, Verdict.FAIL);
        table.put(Ending.HARNESS_ERROR, Verdict.HARNESS_ERROR);
        table.put(Ending.KIT_FAILED, Verdict.HARNESS_ERROR);
        table.put(Ending.NOT_RUNNABLE, Verdict.HARNESS_ERROR);
        return Map.copyOf(table);
    }

    private VerdictRules() {
    }

    static Verdict verdict(Result result, Optional<ScenarioRecord> record) {
        return VERDICTS.get(ending(result, record));
    }

    static Ending ending(Result result, Optional<ScenarioRecord> record) {
        Throwable error = result.getError();
        return switch (result.getStatus()) {
            case PASSED -> record.map(r -> r.warnings().isEmpty()).orElse(true) ? Ending.PASSED
                    : Ending.PASSED_WITH_WARNINGS;
            case SKIPPED -> Ending.SKIPPED;
            case FAILED -> error instanceof RuleViolation v ? broken(v)
                    : error instanceof AssertionError ? Ending.ASSERTION_FAILED
                    : error instanceof HarnessError ? Ending.HARNESS_ERROR
                    : Ending.KIT_FAILED;
            default -> Ending.NOT_RUNNABLE;
        };
    }

    private static Ending broken(RuleViolation v) {
        return v.unanswered() && v.finding().rule().id().equals(ONE_CALLBACK_IN_TIME) ? Ending.UNANSWERED
                : Ending.RULE_BROKEN;
    }

    static Optional<Finding> finding(Result result) {
        return result.getError() instanceof RuleViolation v ? Optional.of(v.finding()) : Optional.empty();
    }

    static String message(Result result, Optional<ScenarioRecord> record) {
        Throwable error = result.getError();
        return switch (ending(result, record)) {
            case PASSED, PASSED_WITH_WARNINGS -> record.map(r -> String.join("\n",
                    r.warnings().stream().map(Finding::message).toList())).orElse("");
            case SKIPPED -> error == null || error.getMessage() == null ? "skipped" : "skipped: " + error.getMessage();
            case UNANSWERED, RULE_BROKEN, ASSERTION_FAILED, HARNESS_ERROR -> String.valueOf(error.getMessage());
            case KIT_FAILED -> error == null ? "failed"
                    : "the kit failed: " + error + " (please report this with the scenario)";
            case NOT_RUNNABLE -> result.getStatus() == Status.UNDEFINED
                    ? "a step of this scenario has no definition in the kit" : "status " + result.getStatus();
        };
    }
}
