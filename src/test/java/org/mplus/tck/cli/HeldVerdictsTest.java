package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.ScenarioResult;

/** The progress line hears a verdict once it is final, never one that a re-run or the run's end may still change. */
class HeldVerdictsTest {

    private static ScenarioResult result(String id, Verdict verdict, Timing timing, HookUse... hooks) {
        return new ScenarioResult(id, id, "feature", "x.feature:" + id.length(), "shareIMUI", Optional.of(1),
                List.of("SHARE-01"), List.of(), verdict, Optional.empty(), List.of(), "", 1, List.of(hooks), timing);
    }

    @Test
    void finalVerdictsPassAtOnceTimingFailuresWaitForTheirReRun() {
        List<String> heard = new ArrayList<>();
        HeldVerdicts held = new HeldVerdicts(s -> heard.add(s.id() + " " + s.verdict().label()));
        held.finished(result("a", Verdict.PASS, Timing.NONE));
        held.finished(result("bb", Verdict.TIMEOUT, Timing.NONE));
        held.finished(result("ccc", Verdict.FAIL, new Timing(List.of("a slow vendor"), 0)));
        held.finished(result("dddd", Verdict.FAIL, Timing.NONE));
        assertEquals(List.of("a PASS", "dddd FAIL"), heard);
        held.release(List.of(result("a", Verdict.PASS, Timing.NONE), result("bb", Verdict.TIMEOUT, Timing.NONE),
                result("ccc", Verdict.FLAKY, Timing.NONE), result("dddd", Verdict.FAIL, Timing.NONE)));
        assertEquals(List.of("a PASS", "dddd FAIL", "bb TIMEOUT", "ccc FLAKY"), heard);
    }

    @Test
    void aScenarioThatMayBeNotPlayableWaitsUntilTheBridgeIsSeenToReadTheHook() {
        List<String> heard = new ArrayList<>();
        HeldVerdicts held = new HeldVerdicts(s -> heard.add(s.id()));
        HookUse unread = new HookUse("mplusTckUser", true, false, false, false);
        held.finished(result("unread", Verdict.FAIL, Timing.NONE, unread));
        assertEquals(List.of(), heard);
        HookUse read = new HookUse("mplusTckUser", true, true, false, false);
        held.finished(result("read", Verdict.PASS, Timing.NONE, read));
        assertEquals(List.of("read", "unread"), heard, "the bridge reads the hook: the first verdict stands");
    }
}
