package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;

/** A failure that rested on timing is reported only if it repeats alone; one that does not is FLAKY. */
class TimingConfirmationTest {

    private static final Timing SLOW_VENDOR = new Timing(List.of("容联云 answers after 400 ms"), 0);

    private static ScenarioResult timed(ScenarioResult s, Timing timing) {
        return new ScenarioResult(s.id(), s.name(), s.feature(), s.location(), s.subject(), s.imType(), s.rules(),
                s.judged(), s.verdict(), s.finding(), s.warnings(), s.message(), s.durationMs(), List.of(), timing);
    }

    private static final ScenarioResult AMONG_OTHERS = timed(Results.failed("vendor-faults.feature:80",
            "sendMessage on 容联云 reports success only after a slow vendor accepted", "DELIVERY-01",
            "fail({\"errMsg\":\"timeout\"}) after return, +2004 ms", "DELIVERY-01"), SLOW_VENDOR);

    @Test
    void onlyFailuresWhereTimingMatteredAreSuspect() {
        assertTrue(AMONG_OTHERS.failedOnTiming());
        assertFalse(timed(AMONG_OTHERS, Timing.NONE).failedOnTiming(), "a plain FAIL is reported at once");
        assertTrue(timed(Results.other(Verdict.TIMEOUT, "x.feature:1", "x", "no callback"), Timing.NONE)
                .failedOnTiming(), "a TIMEOUT always is");
        assertTrue(new Timing(List.of(), Timing.STALL_WORTH_A_RERUN_MS).matters(), "so is any failure during a stall");
    }

    @Test
    void aFailureThatDoesNotRepeatAloneIsFlakyWithBothObservations() {
        ScenarioResult alone = Results.passed("vendor-faults.feature:80", "the same, alone", "DELIVERY-01");
        TimingConfirmation c = new TimingConfirmation(AMONG_OTHERS, alone);
        assertFalse(c.inconclusive());
        ScenarioResult v = c.verdict();
        assertEquals(Verdict.FLAKY, v.verdict());
        assertEquals(AMONG_OTHERS.id(), v.id(), "still the scenario as the run knows it");
        assertTrue(v.message().startsWith("FLAKY: FAIL among the other scenarios (容联云 answers after 400 ms), but PASS "
                + "when re-run alone; a warning, not a failure"), v.message());
        assertTrue(v.message().contains("fail({\"errMsg\":\"timeout\"}) after return, +2004 ms"), "the first observation");
        assertTrue(v.message().contains("\n  alone: PASS"), v.message());
        assertEquals(List.of(), v.brokenRules(), "FLAKY breaks no rule");
        assertFalse(v.broke());
    }

    @Test
    void aFailureThatRepeatsAloneIsReportedAndSaysSo() {
        ScenarioResult alone = Results.failed("vendor-faults.feature:80", "the same, alone", "DELIVERY-01",
                "fail({\"errMsg\":\"timeout\"}) after return, +2001 ms", "DELIVERY-01");
        ScenarioResult v = new TimingConfirmation(AMONG_OTHERS, alone).verdict();
        assertEquals(Verdict.FAIL, v.verdict());
        assertEquals(List.of("DELIVERY-01"), v.brokenRules());
        assertTrue(v.message().endsWith("(the same when the scenario was re-run alone; among the others: FAIL, 容联云 "
                + "answers after 400 ms)"), v.message());
    }

    @Test
    void aReRunThatFailsOnTimingWhileTheMachineStalledProvesNothingYet() {
        ScenarioResult alone = timed(Results.other(Verdict.TIMEOUT, "vendor-faults.feature:80", "alone",
                "no callback"), new Timing(List.of(), 900));
        assertTrue(new TimingConfirmation(AMONG_OTHERS, alone).inconclusive());
        ScenarioResult quietAlone = timed(alone, new Timing(List.of("the kit stopped waiting"), 0));
        assertFalse(new TimingConfirmation(AMONG_OTHERS, quietAlone).inconclusive(), "a quiet re-run decides");
    }
}
