package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Judge;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.harness.Recorded;
import org.mplus.tck.harness.RuleViolation;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.checks.ExactlyOneCallback;
import org.mplus.tck.harness.checks.Succeeds;
import org.mplus.tck.report.VerdictRules.Ending;
import org.opentest4j.TestAbortedException;

/** The verdict table, row by row, and how a scenario's status and error find their row. */
class VerdictRulesTest {

    private static final Optional<ScenarioRecord> NO_WARNINGS = Optional.of(record(List.of()));

    private static ScenarioRecord record(List<org.mplus.tck.harness.Finding> warnings) {
        return new ScenarioRecord(Optional.of("sendChatMessage"), Optional.of(1), Set.of(), warnings, List.of(),
                Timing.NONE);
    }

    private static Result result(Status status, Throwable error) {
        return new Result(status, Duration.ofMillis(30), error);
    }

    private static void row(Ending ending, Verdict verdict, Result result, Optional<ScenarioRecord> record) {
        assertEquals(ending, VerdictRules.ending(result, record));
        assertEquals(verdict, VerdictRules.VERDICTS.get(ending));
        assertEquals(verdict, VerdictRules.verdict(result, record));
    }

    /** What the judge throws when CALLBACK-01 (or, with {@code own}, the scenario's own rule) is broken. */
    private static RuleViolation violation(Observation o, boolean own) {
        Judge judge = new Judge(Recorded.CATALOG, List.of("CALLBACK-01", "SEND-CHAT-01"));
        return assertThrows(RuleViolation.class,
                () -> judge.check(own ? new Succeeds() : new ExactlyOneCallback(), o));
    }

    @Test
    void everyEndingHasItsVerdict() {
        assertEquals(EnumSet.allOf(Ending.class), EnumSet.copyOf(VerdictRules.VERDICTS.keySet()));
    }

    @Test
    void passedIsPass() {
        row(Ending.PASSED, Verdict.PASS, result(Status.PASSED, null), NO_WARNINGS);
        row(Ending.PASSED, Verdict.PASS, result(Status.PASSED, null), Optional.empty());
    }

    @Test
    void passedWithABrokenShouldRuleIsWarn() {
        org.mplus.tck.harness.Finding warning = new org.mplus.tck.harness.Finding(
                Recorded.CATALOG.rule("CALLBACK-04").orElseThrow(), "sendChatMessage", "容联云 (imType 1)",
                "callbacks only after the call returned", "success({}) before the call returned, +0 ms");
        row(Ending.PASSED_WITH_WARNINGS, Verdict.WARN, result(Status.PASSED, null),
                Optional.of(record(List.of(warning))));
    }

    @Test
    void skippedIsSkip() {
        row(Ending.SKIPPED, Verdict.SKIP, result(Status.SKIPPED, new TestAbortedException("not claimed")),
                Optional.empty());
        row(Ending.SKIPPED, Verdict.SKIP, result(Status.SKIPPED, null), Optional.empty());
    }

    @Test
    void noCallbackWhenTheClockRanOutIsTimeout() {
        RuleViolation silence = violation(Recorded.observation("sendChatMessage", Recorded.unanswered()), false);
        row(Ending.UNANSWERED, Verdict.TIMEOUT, result(Status.FAILED, silence), NO_WARNINGS);
    }

    @Test
    void aBrokenMustRuleIsFail() {
        RuleViolation quiet = violation(Recorded.observation("sendChatMessage", Recorded.quiet()), false);
        row(Ending.RULE_BROKEN, Verdict.FAIL, result(Status.FAILED, quiet), NO_WARNINGS);
        RuleViolation wrongAnswer = violation(Recorded.observation("sendChatMessage",
                Recorded.answered(Recorded.fail("失败"))), true);
        row(Ending.RULE_BROKEN, Verdict.FAIL, result(Status.FAILED, wrongAnswer), NO_WARNINGS);
        // silence breaks the scenario's own rule too, but only CALLBACK-01 is about time
        RuleViolation ownRule = violation(Recorded.observation("sendChatMessage", Recorded.unanswered()), true);
        assertTrue(ownRule.unanswered());
        row(Ending.RULE_BROKEN, Verdict.FAIL, result(Status.FAILED, ownRule), NO_WARNINGS);
        assertEquals("SEND-CHAT-01", VerdictRules.finding(result(Status.FAILED, ownRule)).orElseThrow().rule().id());
    }

    @Test
    void anotherAssertionIsFail() {
        row(Ending.ASSERTION_FAILED, Verdict.FAIL, result(Status.FAILED, new AssertionError("expected 1")),
                Optional.empty());
        assertEquals("expected 1", VerdictRules.message(result(Status.FAILED, new AssertionError("expected 1")),
                Optional.empty()));
    }

    @Test
    void theKitSayingItCouldNotJudgeIsHarnessError() {
        Result r = result(Status.FAILED, new HarnessError("the engine cannot parse the bridge: try --engine chromium"));
        row(Ending.HARNESS_ERROR, Verdict.HARNESS_ERROR, r, Optional.empty());
        assertEquals("the engine cannot parse the bridge: try --engine chromium", VerdictRules.message(r,
                Optional.empty()));
    }

    @Test
    void anErrorTheKitDidNotExpectIsHarnessError() {
        Result r = result(Status.FAILED, new IllegalStateException("boom"));
        row(Ending.KIT_FAILED, Verdict.HARNESS_ERROR, r, Optional.empty());
        assertEquals("the kit failed: java.lang.IllegalStateException: boom (please report this with the scenario)",
                VerdictRules.message(r, Optional.empty()));
        row(Ending.KIT_FAILED, Verdict.HARNESS_ERROR, result(Status.FAILED, null), Optional.empty());
        assertEquals("failed", VerdictRules.message(result(Status.FAILED, null), Optional.empty()));
    }

    @Test
    void aStepWithoutDefinitionAndCucumbersOtherStatusesAreHarnessError() {
        for (Status status : List.of(Status.UNDEFINED, Status.PENDING, Status.AMBIGUOUS, Status.UNUSED)) {
            row(Ending.NOT_RUNNABLE, Verdict.HARNESS_ERROR, result(status, null), Optional.empty());
        }
        assertEquals("a step of this scenario has no definition in the kit",
                VerdictRules.message(result(Status.UNDEFINED, null), Optional.empty()));
        assertEquals("status PENDING", VerdictRules.message(result(Status.PENDING, null), Optional.empty()));
    }
}
