package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict.Standing;

/**
 * Scenarios that failed the same way: a bridge missing one thing fails many scenarios alike, and a reader wants
 * each problem once. What broke is a rule, or the verdict when no rule did (a harness error).
 *
 * @param broken    the rule id, or the verdict's label
 * @param scenarios the scenarios, in feature order
 */
record ProblemGroup(String broken, List<ScenarioResult> scenarios) {

    /** Grouped by what broke alone: the terminal's summary. */
    static List<ProblemGroup> byRule(Assessment a) {
        return group(a, s -> "");
    }

    /** Grouped by what broke, call and vendor: conformance.md, where each group shows its own seen. */
    static List<ProblemGroup> byRuleCallAndVendor(Assessment a) {
        return group(a, s -> s.subject() + " · " + s.vendor().map(v -> v.name()).orElse(""));
    }

    private static List<ProblemGroup> group(Assessment a, Function<ScenarioResult, String> within) {
        Map<List<String>, List<ScenarioResult>> groups = new LinkedHashMap<>();
        for (ScenarioResult s : a.problems()) {
            List<String> broken = s.verdict().standing() == Standing.BROKE_SHOULD ? s.decisiveRules()
                    : s.verdict().standing() == Standing.UNSURE ? List.of(s.verdict().label())
                    : List.of(s.finding().map(f -> f.rule().id()).orElse(s.verdict().label()));
            broken.forEach(b -> groups.computeIfAbsent(List.of(b, within.apply(s)), k -> new ArrayList<>()).add(s));
        }
        return groups.entrySet().stream().map(g -> new ProblemGroup(g.getKey().get(0), g.getValue())).toList();
    }

    ScenarioResult first() {
        return scenarios.get(0);
    }

    /** The first scenario's finding on the broken rule; none when no rule broke (the kit could not judge). */
    Optional<Finding> finding() {
        ScenarioResult first = first();
        return first.finding().filter(f -> f.rule().id().equals(broken))
                .or(() -> first.warnings().stream().filter(w -> w.rule().id().equals(broken)).findFirst());
    }
}
