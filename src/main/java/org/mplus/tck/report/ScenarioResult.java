package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/**
 * The verdict on one scenario, with what a reader needs to act on it.
 *
 * @param id         the JUnit Platform's id of the scenario, after the vendor it was judged on: unique in a run
 * @param name       the scenario's name (outline placeholders filled), ending with the vendor it was judged on:
 *                   "… — on 容联云"
 * @param feature    the feature's name
 * @param location   feature file and line, e.g. send-chat-message.feature:18; stable within a kit version, so
 *                   reports and profiles use it as the scenario's id (the same on every vendor)
 * @param subject    the call or link format the scenario is about
 * @param imType     the vendor it was judged on
 * @param rules      the rules its tags name
 * @param judged     the rules it actually judged (a scenario that fails stops judging)
 * @param verdict    PASS, FAIL, WARN, TIMEOUT, FLAKY, NOT-PLAYABLE, SKIP or HARNESS-ERROR
 * @param finding    the broken MUST rule, for FAIL and TIMEOUT (and the first observation's, for FLAKY)
 * @param warnings   broken SHOULD rules
 * @param message    what went wrong, in words (empty on PASS)
 * @param durationMs how long it took
 * @param hooks      the test hooks it offered the bridge, and whether the bridge read them
 * @param timing     what rested on time in it: a failure is re-run alone before it is reported
 */
public record ScenarioResult(
        String id,
        String name,
        String feature,
        String location,
        String subject,
        Optional<Integer> imType,
        List<String> rules,
        List<String> judged,
        Verdict verdict,
        Optional<Finding> finding,
        List<Finding> warnings,
        String message,
        long durationMs,
        List<HookUse> hooks,
        Timing timing) {

    /** Feature file, then line: the order the features are written in, whatever order the threads finished. */
    public static final Comparator<ScenarioResult> IN_FEATURE_ORDER = Comparator
            .comparing((ScenarioResult r) -> r.file())
            .thenComparingInt(r -> Integer.parseInt(r.location().substring(r.location().lastIndexOf(':') + 1)));

    /** What a scenario's name ends with, before the vendor it was judged on. */
    public static final String ON = " — on ";

    public ScenarioResult {
        rules = List.copyOf(rules);
        judged = List.copyOf(judged);
        warnings = List.copyOf(warnings);
        hooks = List.copyOf(hooks);
    }

    /** A scenario that offered no test hook and whose verdict rests on no timing. */
    public ScenarioResult(String id, String name, String feature, String location, String subject,
            Optional<Integer> imType, List<String> rules, List<String> judged, Verdict verdict, Optional<Finding> finding,
            List<Finding> warnings, String message, long durationMs) {
        this(id, name, feature, location, subject, imType, rules, judged, verdict, finding, warnings, message,
                durationMs, List.of(), Timing.NONE);
    }

    /** The same scenario with another verdict, finding, warnings and message, as a later look at it decided. */
    public ScenarioResult judgedAgain(Verdict newVerdict, Optional<Finding> newFinding, List<Finding> newWarnings,
            String newMessage) {
        return new ScenarioResult(id, name, feature, location, subject, imType, rules, judged, newVerdict, newFinding,
                newWarnings, newMessage, durationMs, hooks, timing);
    }

    /** Whether its failure may rest on timing: it timed out, or it failed while something timed was at play. */
    public boolean failedOnTiming() {
        return verdict == Verdict.TIMEOUT || verdict == Verdict.FAIL && timing.matters();
    }

    /** The feature file: send-chat-message.feature. */
    public String file() {
        return location.substring(0, location.lastIndexOf(':'));
    }

    public Optional<Vendor> vendor() {
        return imType.flatMap(t -> Catalog.standard().vendor(t));
    }

    /** "sendChatMessage · {name}": the call and what it checks on which vendor, as every report names a scenario. */
    public String title() {
        return subject + " · " + name;
    }

    /** The rules this scenario found broken: the MUST one that failed it, then the SHOULD ones. */
    public List<String> brokenRules() {
        List<String> out = new ArrayList<>();
        finding.filter(f -> broke()).ifPresent(f -> out.add(f.rule().id()));
        warnings.forEach(w -> out.add(w.rule().id()));
        return out;
    }

    /** The rules whose breaking decided the verdict: the MUST one for FAIL and TIMEOUT, the SHOULD ones for WARN. */
    public List<String> decisiveRules() {
        return switch (verdict.standing()) {
            case BROKE_MUST -> finding.map(f -> List.of(f.rule().id())).orElse(List.of());
            case BROKE_SHOULD -> warnings.stream().map(w -> w.rule().id()).toList();
            default -> List.of();
        };
    }

    /** Whether the bridge broke a rule here (as opposed to passing, being skipped, or the kit failing). */
    public boolean broke() {
        return verdict.broke();
    }

    /** Whether the bridge was judged here at all. */
    public boolean ran() {
        return verdict.ran();
    }
}
