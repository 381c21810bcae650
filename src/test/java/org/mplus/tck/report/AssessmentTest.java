package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mplus.tck.report.Results.failed;
import static org.mplus.tck.report.Results.other;
import static org.mplus.tck.report.Results.passed;
import static org.mplus.tck.report.Results.run;
import static org.mplus.tck.report.Results.warned;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.ExpectedFailures.Status;

/** Expected failures held against a run, and the gate they lead to. */
class AssessmentTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    private static final ScenarioResult STRING_IMTYPE = failed("get-im-type.feature:24",
            "getImType on 容联云 answers imType 1, a number", "GET-IMTYPE-01", "success({\"imType\":\"1\"})",
            "CALLBACK-01", "GET-IMTYPE-01", "GET-IMTYPE-02");
    private static final ScenarioResult SYNC_SUCCESS = warned("callbacks.feature:60", "getImType on 容联云 with only fail "
            + "throws nothing", List.of("CALLBACK-04", "CALLBACK-05"), "CALLBACK-01", "CALLBACK-04", "CALLBACK-05");
    private static final ScenarioResult GOOD = passed("get-im-type.feature:23",
            "getImType on 先维IM answers imType 0, a number", "CALLBACK-01", "GET-IMTYPE-01", "GET-IMTYPE-02");

    private static ExpectedFailure rule(String id, String expires) {
        return new ExpectedFailure(Optional.of(id), Optional.empty(), "issue #12", LocalDate.parse(expires));
    }

    private static ExpectedFailure scenario(String nameOrId, String expires) {
        return new ExpectedFailure(Optional.empty(), Optional.of(nameOrId), "issue #13", LocalDate.parse(expires));
    }

    private static Assessment assess(RunResult run, ExpectedFailure... entries) {
        return Assessment.of(run, List.of(entries), TODAY);
    }

    @Test
    void aMustFailureFailsTheRunAndSaysHowMany() {
        Gate gate = assess(run(false, GOOD, STRING_IMTYPE)).gate();
        assertEquals(Gate.NOT_CONFORMANT, gate.exitCode());
        assertEquals("NOT conformant: 1 scenario(s) break a MUST rule", gate.reason());
    }

    @Test
    void anExpectedRuleExcusesItsFailureUntilItExpires() {
        Assessment a = assess(run(false, GOOD, STRING_IMTYPE), rule("GET-IMTYPE-01", "2026-11-26"));
        assertEquals(Gate.CONFORMANT, a.gate().exitCode(), a.gate().reason());
        assertTrue(a.gate().reason().contains("1 expected failure(s) excused by the profile"), a.gate().reason());
        assertEquals(Status.FAILS_AS_EXPECTED, a.expected().outcomes().get(0).status());
        assertEquals(List.of(STRING_IMTYPE), a.expected().outcomes().get(0).scenarios());
        assertTrue(a.excuse(STRING_IMTYPE).isPresent());
        assertTrue(a.excuse(GOOD).isEmpty());
    }

    @Test
    void anExpiredEntryExcusesNothingAndFailsTheRunWithItsReason() {
        Assessment a = assess(run(false, GOOD, STRING_IMTYPE), rule("GET-IMTYPE-01", "2026-11-25"));
        assertEquals(Gate.NOT_CONFORMANT, a.gate().exitCode());
        assertEquals(Status.EXPIRED, a.expected().outcomes().get(0).status());
        assertTrue(a.excuse(STRING_IMTYPE).isEmpty());
        assertEquals("NOT conformant: 1 scenario(s) break a MUST rule; expected failure rule GET-IMTYPE-01: expired "
                + "on 2026-11-25 (issue #12): fix the gap, or renew the entry with a later date", a.gate().reason());
    }

    @Test
    void anExpectedRuleThatNowHoldsIsAnUnexpectedPass() {
        Assessment a = assess(run(false, GOOD), rule("GET-IMTYPE-01", "2027-01-01"));
        assertEquals(Gate.NOT_CONFORMANT, a.gate().exitCode());
        assertEquals(Status.UNEXPECTED_PASS, a.expected().outcomes().get(0).status());
        assertTrue(a.gate().reason().contains("rule GET-IMTYPE-01: unexpected pass: remove it from the profile"),
                a.gate().reason());
    }

    @Test
    void aRuleNoScenarioJudgedIsNotRunAndDoesNotFailTheRun() {
        ScenarioResult skipped = other(Verdict.SKIP, "share-im-ui.feature:40", "shareIMUI on 容联云 fails when the "
                + "user cancels", "skipped: shareIMUI arrived in client 5.2.0", "SHARE-02");
        Assessment a = assess(run(false, GOOD, skipped), rule("SHARE-02", "2027-01-01"),
                rule("DELIVERY-04", "2027-01-01"));
        assertEquals(List.of(Status.NOT_RUN, Status.NOT_RUN),
                a.expected().outcomes().stream().map(ExpectedFailures.Outcome::status).toList());
        assertEquals(Gate.CONFORMANT, a.gate().exitCode(), a.gate().reason());
    }

    @Test
    void aFailureOnAnotherRuleIsNotExcused() {
        Assessment a = assess(run(false, STRING_IMTYPE), rule("GET-IMTYPE-02", "2027-01-01"));
        assertTrue(a.excuse(STRING_IMTYPE).isEmpty());
        assertEquals(Gate.NOT_CONFORMANT, a.gate().exitCode());
        // The scenario stopped at GET-IMTYPE-01, before judging GET-IMTYPE-02: that is no pass either.
        assertEquals(Status.NOT_RUN, a.expected().outcomes().get(0).status());
    }

    @Test
    void aScenarioEntryMatchesByNameOrById() {
        assertTrue(assess(run(false, STRING_IMTYPE), scenario(STRING_IMTYPE.name(), "2027-01-01"))
                .excuse(STRING_IMTYPE).isPresent());
        Assessment byId = assess(run(false, STRING_IMTYPE), scenario("get-im-type.feature:24", "2027-01-01"));
        assertTrue(byId.excuse(STRING_IMTYPE).isPresent());
        assertEquals(Gate.CONFORMANT, byId.gate().exitCode());
        Assessment fixed = assess(run(false, GOOD), scenario(GOOD.name(), "2027-01-01"));
        assertEquals(Status.UNEXPECTED_PASS, fixed.expected().outcomes().get(0).status());
    }

    @Test
    void warningsFailOnlyWithStrictAndAreExcusedOnlyWhenEveryWarnedRuleIs() {
        assertEquals(Gate.CONFORMANT, assess(run(false, GOOD, SYNC_SUCCESS)).gate().exitCode());
        assertTrue(assess(run(false, GOOD, SYNC_SUCCESS)).gate().reason()
                .contains("1 SHOULD warning(s); --strict would fail them"));
        Gate strict = assess(run(true, GOOD, SYNC_SUCCESS)).gate();
        assertEquals(Gate.NOT_CONFORMANT, strict.exitCode());
        assertEquals("NOT conformant: 1 scenario(s) break a SHOULD rule (--strict)", strict.reason());
        assertEquals(Gate.NOT_CONFORMANT,
                assess(run(true, GOOD, SYNC_SUCCESS), rule("CALLBACK-04", "2027-01-01")).gate().exitCode());
        assertEquals(Gate.CONFORMANT, assess(run(true, GOOD, SYNC_SUCCESS), rule("CALLBACK-04", "2027-01-01"),
                rule("CALLBACK-05", "2027-01-01")).gate().exitCode());
    }

    @Test
    void harnessErrorsAndRunsWithNothingJudgedExitTwo() {
        ScenarioResult error = other(Verdict.HARNESS_ERROR, "get-im-type.feature:25", "x", "the engine broke");
        ScenarioResult skip = other(Verdict.SKIP, "get-im-type.feature:26", "y", "skipped");
        Gate errors = assess(run(false, GOOD, STRING_IMTYPE, error)).gate();
        assertEquals(Gate.HARNESS_ERROR, errors.exitCode());
        assertTrue(errors.reason().startsWith("harness error: the kit could not judge 1 scenario(s)"));
        assertEquals(Gate.HARNESS_ERROR, assess(run(false, skip)).gate().exitCode());
        Gate stopped = assess(RunResult.stopped(Results.setup(false), "usage error: --im-type 5")).gate();
        assertEquals(new Gate(Gate.HARNESS_ERROR, "usage error: --im-type 5"), stopped);
        assertFalse(stopped.conformant());
    }

    @Test
    void aPartialProfileIsSaidEvenWhenConformant() {
        RunSetup s = Results.setup(false);
        RunSetup partial = new RunSetup(s.kitVersion(), s.bridgeSource(), s.bridgeName(), s.clientVersion(),
                s.imTypes(), Optional.of(java.util.Set.of("getImType", "sendChatMessage")), s.engine(),
                s.engineVersion(), s.profile(), s.tags(), s.strict(), s.started());
        Gate gate = assess(new RunResult(partial, List.of(GOOD), java.time.Duration.ZERO, Optional.empty())).gate();
        assertEquals("conformant: no MUST rule broken (partial: 2 of 8 calls)", gate.reason());
    }
}
