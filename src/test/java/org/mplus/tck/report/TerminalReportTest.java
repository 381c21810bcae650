package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mplus.tck.report.Results.failed;
import static org.mplus.tck.report.Results.other;
import static org.mplus.tck.report.Results.passed;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ValueFormat;
import org.mplus.tck.spec.Vendor;

/** The summary the terminal ends a run with. */
class TerminalReportTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    private static Assessment assess(List<ScenarioResult> scenarios, ExpectedFailure... entries) {
        return Assessment.of(new RunResult(Results.setup(false), scenarios, Duration.ofMillis(9700), Optional.empty()),
                List.of(entries), TODAY);
    }

    /** A pass for every call on every vendor and for both formats, as the reference bridge gets. */
    private static List<ScenarioResult> everythingPasses() {
        List<ScenarioResult> all = new ArrayList<>();
        int line = 1;
        for (Call call : Catalog.standard().calls()) {
            for (Vendor v : Catalog.standard().vendors()) {
                ScenarioResult p = passed("x.feature:" + line++, "passes", "CALLBACK-01");
                all.add(new ScenarioResult(p.id(), p.name(), p.feature(), p.location(), call.name(),
                        Optional.of(v.imType()), p.rules(), p.judged(), p.verdict(), p.finding(), p.warnings(),
                        p.message(), p.durationMs()));
            }
        }
        for (ValueFormat f : Catalog.standard().formats()) {
            ScenarioResult p = passed("y.feature:" + line++, "valid", "LINK-01");
            all.add(new ScenarioResult(p.id(), p.name(), p.feature(), p.location(), f.name(), Optional.empty(),
                    p.rules(), p.judged(), p.verdict(), p.finding(), p.warnings(), p.message(), p.durationMs()));
        }
        return all;
    }

    @Test
    void aConformantRunsSummaryIsTheMatrixAndTheCounts() {
        String text = TerminalReport.render(assess(everythingPasses()));
        assertEquals("""

                call             | 先维IM (0) | 容联云 (1)
                -----------------+------------+-----------
                getImType        | PASS 1     | PASS 1
                sendMessage      | PASS 1     | PASS 1
                sendChatMessage  | PASS 1     | PASS 1
                sendGroupMessage | PASS 1     | PASS 1
                showMessage      | PASS 1     | PASS 1
                showChatMessage  | PASS 1     | PASS 1
                showGroupMessage | PASS 1     | PASS 1
                shareIMUI        | PASS 1     | PASS 1
                imgUrl (format)  | PASS 1 (any vendor)
                link (format)    | PASS 1 (any vendor)

                scenarios: 18 in 9.7 s: 18 passed, 0 failed, 0 warned, 0 timed out, 0 flaky, 0 not playable, 0 skipped, 0 harness errors
                """, text);
        // with the command's first line, the reports' folder and the gate: one screen of a 24-line terminal
        assertTrue(text.lines().count() + 3 <= 24, text.lines().count() + " lines");
    }

    @Test
    void failuresComeGroupedByRuleWithExpectedAndSeenOnce() {
        List<ScenarioResult> scenarios = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            scenarios.add(failed("get-im-type.feature:" + (30 + i), "answers a number " + i, "GET-IMTYPE-01",
                    "success({\"imType\":\"1\"})", "GET-IMTYPE-01"));
        }
        scenarios.add(other(Verdict.HARNESS_ERROR, "callbacks.feature:9", "broke", "the engine broke\nat line 2",
                "CALLBACK-01"));
        String text = TerminalReport.render(assess(scenarios, new ExpectedFailure(Optional.empty(),
                Optional.of("get-im-type.feature:30"), "ACME-1", LocalDate.parse("2027-01-01"))));
        assertTrue(text.startsWith("""

                Failures by rule: 8 scenario(s), 2 rules

                HARNESS-ERROR · 1 scenario(s)
                  the engine broke
                  at line 2
                  HARNESS-ERROR getImType · broke — on 先维IM (callbacks.feature:9)

                GET-IMTYPE-01 (MUST) · 7 scenario(s)
                  rule:     success gets res.imType, 0 (先维IM) or 1 (容联云).
                  source:   spec line 28: 「0：先维IM；1：容联云」
                  expected: success, and no fail
                  seen:     success({"imType":"1"}) (get-im-type.feature:30)
                  FAIL          getImType · answers a number 0 — on 容联云 (get-im-type.feature:30): expected failure (profile, until 2027-01-01)
                  FAIL          getImType · answers a number 1 — on 容联云 (get-im-type.feature:31)
                """), text);
        assertTrue(text.contains("  … and 2 more: see conformance.md or conformance.html\n"), text);
        assertTrue(text.contains("\nscenarios: 8 in 9.7 s: 0 passed, 7 failed, 0 warned, 0 timed out, 0 flaky, "
                + "0 not playable, 0 skipped, 1 harness errors (1 of them expected failures)\n"), text);
        assertTrue(text.endsWith("expected failure scenario \"get-im-type.feature:30\": fails as expected in 1 "
                + "scenario(s), accepted until 2027-01-01 (ACME-1)\n"), text);
    }

    @Test
    void chineseTakesTwoColumns() {
        assertEquals(10, TerminalReport.width("先维IM (0)"));
        assertEquals(6, TerminalReport.width("PASS 1"));
    }
}
