package org.mplus.tck.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Rule;

/**
 * How each rule of the catalog fared in a run: how many scenarios are tagged with it, and the worst verdict
 * of those that judged it.
 *
 * @param scenarios the scenarios of this run tagged with the rule
 * @param verdict   the worst verdict on the rule itself; empty when none of them judged it
 */
public record RuleCoverage(Rule rule, List<ScenarioResult> scenarios, Optional<Verdict> verdict) {

    public static List<RuleCoverage> of(Catalog catalog, List<ScenarioResult> results) {
        return catalog.rules().stream().map(rule -> {
            List<ScenarioResult> tagged = results.stream().filter(s -> s.rules().contains(rule.id())).toList();
            return new RuleCoverage(rule, tagged, CallMatrix.worst(tagged.stream()
                    .flatMap(s -> verdictOn(rule.id(), s))));
        }).toList();
    }

    /**
     * One scenario's verdict on one rule: its own verdict if the rule failed it, WARN if the rule warned, PASS
     * if it judged the rule, SKIP or HARNESS-ERROR if it judged nothing; nothing if it stopped before the rule.
     */
    private static Stream<Verdict> verdictOn(String ruleId, ScenarioResult s) {
        if (s.finding().filter(f -> f.rule().id().equals(ruleId)).isPresent()) {
            return Stream.of(s.verdict());
        }
        if (s.warnings().stream().anyMatch(w -> w.rule().id().equals(ruleId))) {
            return Stream.of(Verdict.WARN);
        }
        if (s.judged().contains(ruleId)) {
            return Stream.of(Verdict.PASS);
        }
        return s.ran() ? Stream.empty() : Stream.of(s.verdict());
    }

    /** The verdict as reports print it: NOT-RUN when no scenario of this run has the rule, NOT-JUDGED when
     * its scenarios stopped (failed on another rule) before judging it. */
    public String label() {
        return verdict.map(Verdict::label).orElse(scenarios.isEmpty() ? "NOT-RUN" : "NOT-JUDGED");
    }
}
