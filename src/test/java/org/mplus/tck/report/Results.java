package org.mplus.tck.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;

/** Scenario results and runs made up for report tests, shaped like the ones the suite produces. */
final class Results {

    private static final Catalog CATALOG = Catalog.standard();

    private Results() {
    }

    /** A scenario's name as the suite gives it: ending with the vendor it was judged on. */
    static String on(String name, int imType) {
        return name + ScenarioResult.ON + CATALOG.vendor(imType).orElseThrow().name();
    }

    static Finding finding(String rule, String seen) {
        return new Finding(CATALOG.rule(rule).orElseThrow(), "getImType", "容联云 (imType 1)", "success, and no fail",
                seen);
    }

    static ScenarioResult passed(String location, String name, String... rules) {
        return new ScenarioResult("id-" + location, on(name, 1), "getImType — 获取IM类型", location, "getImType",
                Optional.of(1), List.of(rules), List.of(rules), Verdict.PASS, Optional.empty(), List.of(), "", 12);
    }

    /** Failed on its first rule, after judging the ones before it. */
    static ScenarioResult failed(String location, String name, String brokenRule, String seen, String... rules) {
        Finding f = finding(brokenRule, seen);
        return new ScenarioResult("id-" + location, on(name, 1), "getImType — 获取IM类型", location, "getImType",
                Optional.of(1), List.of(rules), List.of(brokenRule), Verdict.FAIL, Optional.of(f), List.of(),
                f.message(), 34);
    }

    static ScenarioResult warned(String location, String name, List<String> warnedRules, String... rules) {
        List<Finding> warnings = warnedRules.stream().map(r -> finding(r, "success before the call returned"))
                .toList();
        return new ScenarioResult("id-" + location, on(name, 1), "getImType — 获取IM类型", location, "getImType",
                Optional.of(1), List.of(rules), List.of(rules), Verdict.WARN, Optional.empty(), warnings,
                String.join("\n", warnings.stream().map(Finding::message).toList()), 5);
    }

    static ScenarioResult other(Verdict verdict, String location, String name, String message, String... rules) {
        return new ScenarioResult("id-" + location, on(name, 0), "getImType — 获取IM类型", location, "getImType",
                Optional.of(0), List.of(rules), List.of(), verdict, Optional.empty(), List.of(), message, 1);
    }

    static RunSetup setup(boolean strict) {
        return new RunSetup("0.1.0-test", "bridges/test.js", Optional.of("test-bridge"), Optional.empty(),
                List.of(0, 1), Optional.empty(), "htmlunit", "HtmlUnit 5.7.0 (Chrome profile)", Optional.empty(),
                Optional.empty(), strict, Instant.parse("2026-11-26T10:00:00Z"));
    }

    static RunResult run(boolean strict, ScenarioResult... scenarios) {
        return new RunResult(setup(strict), List.of(scenarios), Duration.ofMillis(1234), Optional.empty());
    }
}
