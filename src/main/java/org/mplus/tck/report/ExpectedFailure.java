package org.mplus.tck.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A known gap the bridge's vendor accepts for now: a rule (every scenario that breaks it) or one scenario (by
 * name or id), why, and until when. It excuses failures until it passes or expires, so gaps cannot rot.
 *
 * @param rule     a rule id, or empty when the entry names a scenario
 * @param scenario a scenario's name or id (feature file and line), or empty when the entry names a rule
 * @param reason   why it fails, or the issue that tracks it
 * @param expires  the last day the gap is accepted
 */
public record ExpectedFailure(Optional<String> rule, Optional<String> scenario, String reason, LocalDate expires) {

    public ExpectedFailure {
        if (rule.isPresent() == scenario.isPresent()) {
            throw new IllegalArgumentException("an expected failure names a rule or a scenario, not both or neither");
        }
    }

    /** "rule SEND-CHAT-01" or "scenario "…"": how reports name the entry. */
    public String target() {
        return rule.map(r -> "rule " + r).orElseGet(() -> "scenario \"" + scenario.orElseThrow() + "\"");
    }

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** Whether the entry is about this scenario: it names it, or it names a rule the scenario is tagged with. */
    boolean concerns(ScenarioResult s) {
        return scenario.map(n -> n.equals(s.name()) || n.equals(s.location()))
                .orElseGet(() -> s.rules().contains(rule.orElseThrow()));
    }

    /** Whether the scenario broke what this entry expects to be broken. */
    boolean stillFails(ScenarioResult s) {
        return concerns(s) && (scenario.isPresent() ? s.broke() : s.brokenRules().contains(rule.orElseThrow()));
    }

    /** Whether the scenario judged what this entry expects to be broken, and found it holding. */
    boolean passedIn(ScenarioResult s) {
        return concerns(s) && s.ran() && !stillFails(s) && rule.map(s.judged()::contains).orElse(true);
    }
}
