package org.mplus.tck.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mplus.tck.harness.checks.Check;
import org.mplus.tck.harness.checks.ExactlyOneCallback;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Level;
import org.mplus.tck.spec.Rule;

/**
 * Judges one scenario's observations rule by rule. A broken MUST rule throws (the scenario fails); a broken
 * SHOULD rule is kept as a warning. A check may only serve a rule the scenario names in its tags, so that
 * the tags never promise less, or more, than what is judged.
 */
public final class Judge {

    private final Catalog catalog;
    private final List<String> taggedRules;
    private final List<Finding> warnings = new ArrayList<>();
    private final Set<String> judged = new java.util.LinkedHashSet<>();

    public Judge(Catalog catalog, List<String> taggedRules) {
        this.catalog = catalog;
        this.taggedRules = List.copyOf(taggedRules);
    }

    /**
     * The scenario's own rule: the first tagged rule that is not one of the every-call rules (those are
     * named where they are checked).
     */
    public String subject() {
        return taggedRules.stream()
                .filter(id -> catalog.rule(id).map(r -> !r.appliesTo().contains(Rule.EVERY_CALL)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new HarnessError("this scenario names no rule of its own in its @rule: tags "
                        + taggedRules + "; add one"));
    }

    /** Checks the scenario's own rule. */
    public void check(Check check, Observation o) {
        check(subject(), check, o);
    }

    public void check(String ruleId, Check check, Observation o) {
        Rule rule = judging(ruleId);
        if (check.holds(o)) {
            return;
        }
        Finding finding = new Finding(rule, o.call().name(), o.vendor().label(), check.expected(), o.describe());
        if (rule.level() == Level.SHOULD) {
            warnings.add(finding);
        } else if (check instanceof ExactlyOneCallback && o.outcome().callbackCount() == 0
                && !o.outcome().settled()) {
            throw new NoCallbackInTime(finding);
        } else {
            throw new RuleViolation(finding);
        }
    }

    /**
     * A MUST rule broken by what the kit saw before it could call the bridge (the call is not there): the failure to
     * throw.
     */
    public RuleViolation broken(String ruleId, String call, String vendor, String expected, String seen) {
        Rule rule = judging(ruleId);
        if (rule.level() != Level.MUST) {
            throw new HarnessError(ruleId + " is not a MUST rule: a call that is not there cannot be merely warned");
        }
        return new RuleViolation(new Finding(rule, call, vendor, expected, seen));
    }

    /** The rule, once the scenario is known to name it; noted as judged. */
    private Rule judging(String ruleId) {
        Rule rule = catalog.rule(ruleId)
                .orElseThrow(() -> new HarnessError("no rule " + ruleId + " in the catalog"));
        if (!taggedRules.contains(ruleId)) {
            throw new HarnessError("this scenario checks " + ruleId + " but is not tagged @rule:" + ruleId
                    + " (its tags name " + taggedRules + ")");
        }
        judged.add(ruleId);
        return rule;
    }

    /** Checks a rule only where the scenario names it (every-call rules a feature opts into with its tags). */
    public void checkIfTagged(String ruleId, Check check, Observation o) {
        if (taggedRules.contains(ruleId)) {
            check(ruleId, check, o);
        }
    }

    /** Checks the check against every one of the rules that the scenario names; at least one must be named. */
    public void checkTagged(List<String> ruleIds, Check check, Observation o) {
        List<String> named = ruleIds.stream().filter(taggedRules::contains).toList();
        if (named.isEmpty()) {
            throw new HarnessError("this step checks one of " + ruleIds + " but the scenario is tagged with none "
                    + "of them (its tags name " + taggedRules + ")");
        }
        named.forEach(id -> check(id, check, o));
    }

    public List<Finding> warnings() {
        return List.copyOf(warnings);
    }

    /** The rules actually judged so far (tags name rules; this says which were checked). */
    public Set<String> judgedRules() {
        return Set.copyOf(judged);
    }
}
