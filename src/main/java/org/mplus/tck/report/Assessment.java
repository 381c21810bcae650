package org.mplus.tck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.Verdict.Standing;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/**
 * A run judged as a whole: its scenarios, the profile's expected failures held against them, their counts, and
 * the gate.
 */
public record Assessment(RunResult run, ExpectedFailures expected, Tally tally, Gate gate) {

    /** @param today the day expiry dates are judged against */
    public static Assessment of(RunResult run, List<ExpectedFailure> entries, LocalDate today) {
        ExpectedFailures expected = new ExpectedFailures(entries, run.scenarios(), today);
        Tally tally = Tally.of(run.scenarios(), s -> expected.excuse(s).isPresent());
        return new Assessment(run, expected, tally, Gate.of(run, expected, tally));
    }

    public Optional<ExpectedFailure> excuse(ScenarioResult s) {
        return expected.excuse(s);
    }

    /** A matrix cell as reports print it: "FAIL 2/12", and "(2 expected)" when the profile excuses some. */
    public String cellText(CallMatrix.Cell cell) {
        long excused = cell.scenarios().stream().filter(s -> excuse(s).isPresent()).count();
        return cell.text() + (excused > 0 ? " (" + excused + " expected)" : "");
    }

    /**
     * The scenarios a reader must look at: every one that broke a rule, could not be judged, or failed only among the
     * others (FLAKY), in feature order.
     */
    public List<ScenarioResult> problems() {
        return run.scenarios().stream().filter(s -> s.broke() || s.verdict().standing() == Standing.KIT_ERROR
                || s.verdict() == Verdict.FLAKY).toList();
    }

    /** One line of a report's head: "engine" → "htmlunit: HtmlUnit 5.7.0 (Chrome profile)". */
    public record Fact(String name, String value) {
    }

    /** What every report heads with, in this order: what was judged, how, and the counts. */
    public List<Fact> about() {
        RunSetup setup = run.setup();
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
        run.hooks().forEach(h -> facts.add(new Fact("hook window." + h.hook().name(), h.describe())));
        setup.shard().ifPresent(s -> facts.add(new Fact("shard", s.shard() + ": a part of the scenarios; "
                + "merge-reports joins the " + s.shard().count() + " parts' reports into the run's")));
        facts.add(new Fact("started", setup.started().toString()));
        facts.add(new Fact("scenarios", scenarios()));
        return facts;
    }

    /** "270 in 9.7 s: 270 passed, 0 failed, …": the line every report counts the run with. */
    public String scenarios() {
        return tally.total() + " in " + String.format(Locale.ROOT, "%.1f s", run.wall().toMillis() / 1000.0) + ": "
                + tally.text() + (tally.excused() > 0 ? " (" + tally.excused() + " of them expected failures)" : "");
    }
}
