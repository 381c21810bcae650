package org.mplus.tck.report;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;

/**
 * The verdict on one scenario, with what a reader needs to act on it.
 *
 * @param id         Cucumber's test case id
 * @param name       the scenario's name (outline placeholders filled)
 * @param feature    the feature's name
 * @param location   feature file and line, e.g. send-chat-message.feature:18
 * @param subject    the call or link format the scenario is about
 * @param imType     the vendor it ran on, if any
 * @param rules      the rules its tags name
 * @param verdict    PASS, FAIL, WARN, TIMEOUT, SKIP or HARNESS-ERROR
 * @param finding    the broken MUST rule, for FAIL and TIMEOUT
 * @param warnings   broken SHOULD rules
 * @param message    what went wrong, in words (empty on PASS)
 * @param durationMs how long it took
 */
public record ScenarioResult(
        String id,
        String name,
        String feature,
        String location,
        String subject,
        Optional<Integer> imType,
        List<String> rules,
        Verdict verdict,
        Optional<Finding> finding,
        List<Finding> warnings,
        String message,
        long durationMs) {

    public ScenarioResult {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    /** The rules this scenario found broken: the MUST one that failed it, then the SHOULD ones. */
    public List<String> brokenRules() {
        List<String> out = new java.util.ArrayList<>();
        finding.ifPresent(f -> out.add(f.rule().id()));
        warnings.forEach(w -> out.add(w.rule().id()));
        return out;
    }
}
