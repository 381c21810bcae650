package org.mplus.tck.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/**
 * One run of the suite: what was judged, how, and every scenario's verdict.
 *
 * @param setup     what was judged and how
 * @param scenarios every scenario, in feature order
 * @param wall      how long the run took
 * @param stopped   why the kit stopped before judging ("usage error: …", "harness error: …"), if it did
 */
public record RunResult(RunSetup setup, List<ScenarioResult> scenarios, Duration wall, Optional<String> stopped) {

    public RunResult {
        scenarios = scenarios.stream().sorted(ScenarioResult.IN_FEATURE_ORDER).toList();
    }

    /** A run that never judged: the reports still say what was asked and why nothing came of it. */
    public static RunResult stopped(RunSetup setup, String why) {
        return new RunResult(setup, List.of(), Duration.ZERO, Optional.of(Clip.text(why)));
    }

    public long count(Verdict verdict) {
        return scenarios.stream().filter(s -> s.verdict() == verdict).count();
    }

    /** One line of a report's head: "engine" → "htmlunit: HtmlUnit 5.7.0 (Chrome profile)". */
    public record Fact(String name, String value) {
    }

    /** What every report heads with, in this order: what was judged, how, and the counts. */
    public List<Fact> about() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("bridge", setup.bridgeLabel()));
        setup.partial().ifPresent(p -> facts.add(new Fact("calls", p)));
        facts.add(new Fact("vendors", setup.imTypes().stream().map(t -> Catalog.standard().vendor(t)
                .map(Vendor::label).orElse(String.valueOf(t))).collect(Collectors.joining(", "))));
        facts.add(new Fact("engine", setup.engine() + ": " + setup.engineVersion()));
        facts.add(new Fact("kit", "mplus-tck " + setup.kitVersion()));
        setup.profile().ifPresent(p -> facts.add(new Fact("profile", p)));
        setup.tags().ifPresent(t -> facts.add(new Fact("tags", t)));
        facts.add(new Fact("strict", setup.strict() ? "yes: SHOULD rules fail the run" : "no"));
        hooks().forEach(h -> facts.add(new Fact("hook window." + h.hook().name(), h.describe())));
        facts.add(new Fact("started", setup.started().toString()));
        facts.add(new Fact("scenarios", scenarios.size() + " in " + String.format(Locale.ROOT, "%.1f s",
                wall.toMillis() / 1000.0) + ": " + counts()));
        return facts;
    }

    /** "12 passed, 1 failed, …": the counts every report prints (FLAKY and NOT-PLAYABLE when there are some). */
    public String counts() {
        return String.format("%d passed, %d failed, %d warned, %d timed out, ", count(Verdict.PASS),
                count(Verdict.FAIL), count(Verdict.WARN), count(Verdict.TIMEOUT))
                + (count(Verdict.FLAKY) > 0 ? count(Verdict.FLAKY) + " flaky, " : "")
                + (count(Verdict.NOT_PLAYABLE) > 0 ? count(Verdict.NOT_PLAYABLE) + " not playable, " : "")
                + String.format("%d skipped, %d harness errors", count(Verdict.SKIP), count(Verdict.HARNESS_ERROR));
    }

    /** The test hooks this run offered, and whether the bridge honours each. */
    public List<HookStatus> hooks() {
        return HookStatus.of(scenarios);
    }
}
