package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;

/** A test hook never decides a verdict: what the run's scenarios say about a hook settles those that rest on it. */
class HookVerdictsTest {

    private static final String HOOK = "mplusTckUser";

    private static ScenarioResult share(String location, Verdict verdict, HookUse use) {
        ScenarioResult s = Results.other(verdict, location, "shareIMUI on 容联云 …", verdict == Verdict.PASS ? ""
                : "SHARE-02 (MUST) broken by shareIMUI on 容联云", "SHARE-02");
        return new ScenarioResult(s.id(), s.name(), s.feature(), s.location(), "shareIMUI", s.imType(), s.rules(),
                s.judged(), s.verdict(), s.finding(), s.warnings(), s.message(), s.durationMs(), List.of(use),
                Timing.NONE);
    }

    private static HookUse needed(boolean consulted) {
        return new HookUse(HOOK, true, consulted, false, false);
    }

    @Test
    void aScenarioThatNeedsAHookNoScenarioReadIsNotPlayableNeverFailedNorPassed() {
        List<ScenarioResult> settled = HookVerdicts.settle(List.of(
                share("share-im-ui.feature:40", Verdict.FAIL, needed(false)),
                share("share-im-ui.feature:41", Verdict.PASS, needed(false))));
        settled.forEach(s -> assertEquals(Verdict.NOT_PLAYABLE, s.verdict(), s.message()));
        assertTrue(settled.get(0).message().startsWith("not playable: this scenario needs the kit to play the user at "
                + "the share picker through window.mplusTckUser, which the bridge never read in this run; to be "
                + "judged here, read window.mplusTckUser in a test build"), settled.get(0).message());
        assertTrue(settled.get(0).message().endsWith("without it the kit saw FAIL: SHARE-02 (MUST) broken by shareIMUI "
                + "on 容联云"), settled.get(0).message());
        assertEquals(Optional.empty(), settled.get(0).finding(), "no broken rule is reported");
        assertEquals(List.of(), settled.get(0).brokenRules());
        HookStatus status = HookStatus.of(settled).get(0);
        assertEquals(2, status.notPlayable());
        assertTrue(status.describe().startsWith("NOT honoured: the bridge never read it, 2 scenario(s) NOT-PLAYABLE"));
    }

    @Test
    void aBridgeThatReadsTheHookElsewhereChoseNotToHereAndItsVerdictStands() {
        List<ScenarioResult> settled = HookVerdicts.settle(List.of(
                share("share-im-ui.feature:40", Verdict.FAIL, needed(false)),
                share("share-im-ui.feature:41", Verdict.PASS, needed(true))));
        assertEquals(List.of(Verdict.FAIL, Verdict.PASS), settled.stream().map(ScenarioResult::verdict).toList());
        assertEquals("honoured (read in 1 of the 2 scenarios that offered it)", HookStatus.of(settled).get(0).describe());
    }

    @Test
    void anOfferedHookThatIsNotNeededMattersOnlyWhenTheCallWasNeverAnswered() {
        HookUse offeredAnswered = new HookUse(HOOK, false, false, false, false);
        HookUse offeredSilent = new HookUse(HOOK, false, false, true, false);
        List<ScenarioResult> settled = HookVerdicts.settle(List.of(
                share("bad-input.feature:120", Verdict.FAIL, offeredAnswered),
                share("bad-input.feature:121", Verdict.TIMEOUT, offeredSilent)));
        assertEquals(List.of(Verdict.FAIL, Verdict.NOT_PLAYABLE),
                settled.stream().map(ScenarioResult::verdict).toList(),
                "bad input the bridge answered is its own; a call left waiting at its own picker is not");
    }

    @Test
    void whatIsWrongWhateverTheUserWouldHavePickedStillFails() {
        HookUse fakedShare = new HookUse(HOOK, true, false, false, true);
        List<ScenarioResult> settled = HookVerdicts.settle(List.of(
                share("share-im-ui.feature:40", Verdict.FAIL, fakedShare)));
        assertEquals(Verdict.FAIL, settled.get(0).verdict(), "a success with nothing delivered fakes a share");
    }

    @Test
    void skipsAndHarnessErrorsStayWhatTheyAre() {
        List<ScenarioResult> settled = HookVerdicts.settle(List.of(
                share("share-im-ui.feature:40", Verdict.SKIP, needed(false)),
                share("share-im-ui.feature:41", Verdict.HARNESS_ERROR, needed(false))));
        assertEquals(List.of(Verdict.SKIP, Verdict.HARNESS_ERROR),
                settled.stream().map(ScenarioResult::verdict).toList());
    }
}
