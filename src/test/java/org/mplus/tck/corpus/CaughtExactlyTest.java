package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.spec.Catalog;

/** The corpus assertion itself: a run must catch a bridge on exactly the rules its header lists. */
class CaughtExactlyTest {

    /** breaks: SEND-MSG-01; also: DELIVERY-01. */
    private static final CorpusBridge GROUPS_ONLY = CorpusBridge.named(FaultyBridgesTest.FAULTY,
            "send-message-groups-only");
    private static final Set<String> BOTH_IMS = GROUPS_ONLY.caughtOn(List.of(0, 1));

    private static ScenarioResult failedOn(String rule) {
        return ended(rule, Verdict.FAIL);
    }

    private static ScenarioResult ended(String rule, Verdict verdict) {
        Finding f = new Finding(Catalog.standard().rule(rule).orElseThrow(), "sendMessage", "容联云 (imType 1)",
                "success, and no fail", "fail({\"errMsg\":\"不是群组\"}) after return, +3 ms");
        return new ScenarioResult("id-" + rule, "a scenario of " + rule, "sendMessage", "send-message.feature:1",
                "sendMessage", Optional.of(1), List.of(rule), List.of(rule), verdict, Optional.of(f), List.of(),
                f.message(), 10);
    }

    private static RunResult run(String... brokenRules) {
        RunSetup setup = RunSetup.of("test", RunSettings.reference(), Profile.none(), Optional.empty(), false,
                Instant.EPOCH);
        return new RunResult(setup, List.of(brokenRules).stream().map(CaughtExactlyTest::failedOn).toList(),
                Duration.ofSeconds(1), Optional.empty());
    }

    @Test
    void aRunCatchingExactlyTheHeadersRulesPasses() {
        assertDoesNotThrow(() -> FaultyBridgesTest.assertCaught(GROUPS_ONLY, run("SEND-MSG-01", "DELIVERY-01"),
                BOTH_IMS));
    }

    @Test
    void aRuleTheBridgeStoppedBeingCaughtOnFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> FaultyBridgesTest.assertCaught(GROUPS_ONLY, run("SEND-MSG-01"), BOTH_IMS));
        assertTrue(e.getMessage().contains("breaks [DELIVERY-01] by its header, but the suite did not catch it"),
                e.getMessage());
    }

    @Test
    void aRuleTheHeaderDoesNotListFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> FaultyBridgesTest.assertCaught(GROUPS_ONLY,
                run("SEND-MSG-01", "DELIVERY-01", "DELIVERY-04"), BOTH_IMS));
        assertTrue(e.getMessage().contains("also caught on [DELIVERY-04], which its header does not list"),
                e.getMessage());
    }

    @Test
    void aRuleBrokenOnlyUnderLoadMayBeCaughtButNeedNotBe() {
        CorpusBridge retries = CorpusBridge.named(RealHostBuild.FAULTY, "retries-while-slow");
        Set<String> breaks = retries.caughtOn(List.of(1));
        assertDoesNotThrow(() -> FaultyBridgesTest.assertCaught(retries, run("DELIVERY-04"), breaks));
        assertDoesNotThrow(() -> FaultyBridgesTest.assertCaught(retries, run("DELIVERY-04", "SEND-CHAT-01"), breaks));
        assertThrows(AssertionError.class, () -> FaultyBridgesTest.assertCaught(retries, run("SEND-CHAT-01"), breaks));
    }

    @Test
    void aRuleOnlyAFlakyScenarioSawBrokenIsNeitherMissedNorCaught() {
        RunSetup setup = RunSetup.of("test", RunSettings.reference(), Profile.none(), Optional.empty(), false,
                Instant.EPOCH);
        RunResult flaky = new RunResult(setup, List.of(failedOn("SEND-MSG-01"), ended("DELIVERY-01", Verdict.FLAKY)),
                Duration.ofSeconds(1), Optional.empty());
        assertDoesNotThrow(() -> FaultyBridgesTest.assertCaught(GROUPS_ONLY, flaky, BOTH_IMS));
        RunResult flakyOnly = new RunResult(setup, List.of(ended("SEND-MSG-01", Verdict.FLAKY),
                ended("DELIVERY-01", Verdict.FLAKY)), Duration.ofSeconds(1), Optional.empty());
        assertDoesNotThrow(() -> FaultyBridgesTest.assertCaught(GROUPS_ONLY, flakyOnly, BOTH_IMS));
    }
}
