package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mplus.tck.report.Results.failed;
import static org.mplus.tck.report.Results.other;
import static org.mplus.tck.report.Results.passed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.Verdict;

/** What the terminal shows while a run goes: a line redrawn in place on a terminal, lines for problems elsewhere. */
class TerminalProgressTest {

    private static final ScenarioResult GOOD = passed("get-im-type.feature:23", "getImType answers", "GET-IMTYPE-01");
    private static final ScenarioResult BAD = failed("get-im-type.feature:24", "getImType answers a number",
            "GET-IMTYPE-01", "success({\"imType\":\"1\"})", "GET-IMTYPE-01");
    private static final ScenarioResult SKIPPED = other(Verdict.SKIP, "get-im-type.feature:25", "getImType skipped",
            "skipped: the profile does not claim getImType (partial: 7 calls)", "GET-IMTYPE-01");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private TerminalProgress progress(boolean live, boolean verbose) {
        return new TerminalProgress(out, live, verbose, clock::get, 0);
    }

    @Test
    void onATerminalOneLineIsRedrawnWithDoneTotalFailuresAndTime() {
        try (TerminalProgress p = progress(true, false)) {
            p.planned(3);
            assertEquals(TerminalProgress.ERASE + "judged 0 of 3 scenarios · 0 failed so far · 0.0 s", shown());
            clock.set(1_500_000_000L);
            p.finished(GOOD);
            p.finished(BAD);
            assertTrue(shown().endsWith(TerminalProgress.ERASE + "judged 2 of 3 scenarios · 1 failed so far · 1.5 s"),
                    shown());
            assertFalse(shown().contains("\n" + "PASS"), "a pass prints no line of its own: " + shown());
            assertTrue(shown().contains(TerminalProgress.ERASE + "FAIL          getImType · getImType answers a "
                    + "number — on 容联云 (get-im-type.feature:24, 34 ms): GET-IMTYPE-01 (MUST) broken by getImType on 容联云 "
                    + "(imType 1)\n"), shown());
            p.finished(SKIPPED);
        }
        assertTrue(shown().endsWith("judged 3 of 3 scenarios · 1 failed so far · 1.5 s" + TerminalProgress.ERASE),
                "the line is erased once the run is over: " + shown());
    }

    @Test
    void elsewhereALinePerScenarioThatDidNotPassAndNothingRedrawn() {
        try (TerminalProgress p = progress(false, false)) {
            p.planned(3);
            p.finished(GOOD);
            p.finished(BAD);
            p.finished(SKIPPED);
        }
        assertFalse(shown().contains("\r"), shown());
        assertEquals(2, shown().lines().count(), shown());
        assertTrue(shown().lines().allMatch(l -> l.startsWith("FAIL ") || l.startsWith("SKIP ")), shown());
        assertTrue(shown().contains("(get-im-type.feature:25, 1 ms): skipped: the profile does not claim getImType (partial: 7 calls)\n"));
    }

    @Test
    void verboseGivesEveryScenarioALine() {
        try (TerminalProgress p = progress(false, true)) {
            p.finished(GOOD);
            p.finished(BAD);
        }
        assertEquals(2, shown().lines().count(), shown());
        assertTrue(shown().startsWith("PASS          getImType · getImType answers — on 容联云 (get-im-type.feature:23, "
                + "12 ms)\n"), shown());
    }

    @Test
    void theLiveLineKeepsTheTimeGoingWhileNoScenarioFinishes() throws InterruptedException {
        try (TerminalProgress p = new TerminalProgress(out, true, false, clock::get, 10)) {
            p.planned(1);
            clock.set(4_200_000_000L);
            long deadline = System.currentTimeMillis() + 5000;
            while (!shown().contains("4.2 s") && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
        }
        assertTrue(shown().contains("judged 0 of 1 scenarios · 0 failed so far · 4.2 s"), shown());
    }
}
