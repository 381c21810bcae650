package org.mplus.tck.harness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.mplus.tck.harness.checks.Check;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Level;
import org.mplus.tck.spec.Rule;

/**
 * Judges one scenario's observations rule by rule. Each check names the rules it judges; the scenario's tags say
 * which of them it is judged on here, so where a tag stands never matters. A broken MUST rule throws (the scenario
 * fails); a broken SHOULD rule is kept as a warning. Rules are judged in the catalog's order.
 */
public final class Judge {

    private final Catalog catalog;
    private final SortedSet<String> taggedRules;
    private final List<Finding> warnings = new ArrayList<>();
    private final Set<String> judged = new LinkedHashSet<>();

    /** Why the scenario's observations cannot fail the bridge here, if they cannot: a harness error instead. */
    private final Function<Observation, Optional<String>> unjudgeable;

    public Judge(Catalog catalog, List<String> taggedRules) {
        this(catalog, taggedRules, o -> Optional.empty());
    }

    /**
     * @param unjudgeable why a broken MUST rule would not be the bridge's doing (for a scenario resting on vendor
     *                    traffic that never reached the kit): then the scenario is a harness error that says so
     */
    public Judge(Catalog catalog, List<String> taggedRules, Function<Observation, Optional<String>> unjudgeable) {
        this.catalog = catalog;
        this.taggedRules = new TreeSet<>(taggedRules);
        this.unjudgeable = unjudgeable;
    }

    /**
     * Judges the check on each of its rules the scenario is tagged with. A step whose check serves none of them is
     * the kit's error: the tags would promise less than what is judged.
     */
    public void check(Check check, Observation o) {
        List<Rule> rules = taggedRulesOf(check);
        if (rules.isEmpty()) {
            throw new HarnessError("this step checks " + check.rules() + " (" + check.expected() + ") but the "
                    + "scenario is tagged with none of them (its tags name " + taggedRules + "); tag it with the "
                    + "rule it checks");
        }
        rules.forEach(rule -> judge(rule, check, o));
    }

    /** Judges the check only where the scenario names one of its rules (every-call rules a feature opts into). */
    public void checkIfTagged(Check check, Observation o) {
        taggedRulesOf(check).forEach(rule -> judge(rule, check, o));
    }

    private List<Rule> taggedRulesOf(Check check) {
        for (String id : check.rules()) {
            if (catalog.rule(id).isEmpty()) {
                throw new HarnessError(check.getClass().getSimpleName() + " judges " + id
                        + ", which is not a rule of the catalog");
            }
        }
        return catalog.rules().stream()
                .filter(r -> check.rules().contains(r.id()) && taggedRules.contains(r.id()))
                .toList();
    }

    private void judge(Rule rule, Check check, Observation o) {
        judged.add(rule.id());
        if (check.holds(o)) {
            return;
        }
        Finding finding = new Finding(rule, o.call().name(), o.vendor().label(), check.expected(), o.describe());
        if (rule.level() == Level.SHOULD) {
            warnings.add(finding);
        } else {
            unjudgeable.apply(o).ifPresent(why -> {
                throw new HarnessError(why);
            });
            throw new RuleViolation(finding, o.outcome().waitedOutTheClock());
        }
    }

    /**
     * A MUST rule broken by what the kit saw before it could call the bridge (the call is not there): the failure to
     * throw.
     */
    public RuleViolation broken(String ruleId, String call, String vendor, String expected, String seen) {
        Rule rule = catalog.rule(ruleId)
                .orElseThrow(() -> new HarnessError("no rule " + ruleId + " in the catalog"));
        if (!taggedRules.contains(ruleId)) {
            throw new HarnessError("this scenario checks " + ruleId + " but is not tagged @rule:" + ruleId
                    + " (its tags name " + taggedRules + ")");
        }
        if (rule.level() != Level.MUST) {
            throw new HarnessError(ruleId + " is not a MUST rule: a call that is not there cannot be merely warned");
        }
        judged.add(ruleId);
        return new RuleViolation(new Finding(rule, call, vendor, expected, seen), false);
    }

    public List<Finding> warnings() {
        return List.copyOf(warnings);
    }

    /** The rules actually judged so far (tags name rules; this says which were checked). */
    public Set<String> judgedRules() {
        return Set.copyOf(judged);
    }
}
