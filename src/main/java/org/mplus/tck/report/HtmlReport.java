package org.mplus.tck.report;

import com.github.jknack.handlebars.EscapingStrategy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.Verdict.Standing;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.KitResources;
import org.mplus.tck.spec.Level;
import org.mplus.tck.spec.TextTemplate;

/**
 * The HTML report, from conformance.html.hbs: the verdict, the call × vendor matrix in colour, the scenarios with a
 * verdict filter and each failure expandable to rule, spec quote, expected and seen, the expected failures and the
 * rule coverage. conformance.html carries its style and script inline and opens from disk; conformance-csp.html
 * links them as files beside it, for servers whose Content-Security-Policy drops inline ones (Jenkins). The engine
 * escapes every value: an errMsg is the bridge's to choose.
 */
final class HtmlReport {

    private static final TextTemplate PAGE = TextTemplate.load(HtmlReport.class, "conformance.html",
            EscapingStrategy.HBS4);
    private static final TextTemplate STYLE = TextTemplate.load(HtmlReport.class, "conformance.css",
            EscapingStrategy.NOOP);
    /** The verdict filter and the matrix cells that narrow the list to one call on one vendor; ES5. */
    private static final String SCRIPT = KitResources.read("org/mplus/tck/report/conformance.js");

    private HtmlReport() {
    }

    /** conformance.html: one self-contained page, nothing fetched. */
    static String render(Assessment a) {
        return PAGE.render(page(a, style(), SCRIPT));
    }

    /** conformance-csp.html: no inline style or script; they are {@link Reports#CSS} and {@link Reports#SCRIPT}. */
    static String renderLinked(Assessment a) {
        return PAGE.render(page(a, "", ""));
    }

    static String style() {
        return STYLE.render(Arrays.stream(Verdict.values())
                .map(v -> new VerdictStyle(v.label(), v.colour(), v.standing() == Standing.NOT_RUN)).toList());
    }

    static String script() {
        return SCRIPT;
    }

    /** A verdict's colour; the ones not judged in grey type too. */
    record VerdictStyle(String label, String colour, boolean notRun) {
    }

    record Page(String headline, String bridge, String style, String styleFile, String script, String scriptFile,
            int exitCode, String reason, List<Assessment.Fact> about, String stopped, List<Column> vendors,
            List<Row> matrix, List<Filter> filter, List<Scenario> scenarios, List<Expected> expected,
            List<Coverage> rules) {
    }

    /** A vendor's column of the matrix. */
    record Column(int imType, String label) {
    }

    record Row(String subject, boolean format, List<Cell> cells) {
    }

    /** A matrix cell; {@code listed} when it has scenarios to narrow the list to. */
    record Cell(String verdict, String colspan, boolean listed, String call, String imType, String label,
            String text) {
    }

    record Filter(String verdict, boolean shown, long count) {
    }

    /** {@code excuse} is null when no expected failure covers the scenario. */
    record Scenario(String verdict, String call, String imType, String location, boolean open, String title,
            long durationMs, ExpectedFailure excuse, List<Shown> findings, String message, String rules,
            String judged) {
    }

    record Shown(String rule, Level level, String what, String call, String spec, String expected, String seen) {
    }

    record Expected(boolean failsTheRun, String entry, String status, String expires, String meaning) {
    }

    record Coverage(String rule, Level level, String what, String source, int scenarios, String verdict,
            String label) {
    }

    private static Page page(Assessment a, String style, String script) {
        RunResult run = a.run();
        Gate gate = a.gate();
        CallMatrix matrix = new CallMatrix(Catalog.standard(), run.scenarios());
        return new Page(headline(gate), run.setup().bridgeLabel(), style, Reports.CSS, script, Reports.SCRIPT,
                gate.exitCode(), gate.reason(), a.about(), run.stopped().orElse(""),
                matrix.vendors().stream().map(v -> new Column(v.imType(), v.label())).toList(), rows(a, matrix),
                filter(a), scenarios(a), expected(a), rules(run));
    }

    private static String headline(Gate gate) {
        return switch (gate.exitCode()) {
            case Gate.CONFORMANT -> "Conformant";
            case Gate.NOT_CONFORMANT -> "NOT conformant";
            default -> "Not judged: usage or harness error";
        };
    }

    private static List<Row> rows(Assessment a, CallMatrix matrix) {
        String span = "" + matrix.vendors().size();
        return matrix.rows().stream().map(row -> new Row(row.subject(), row.isFormat(), row.cells().stream()
                .map(cell -> new Cell(cell.verdict().map(Verdict::label).orElse("none"), row.isFormat() ? span : "",
                        !cell.scenarios().isEmpty(), row.subject(),
                        cell.vendor().map(v -> "" + v.imType()).orElse(""),
                        row.subject() + cell.vendor().map(v -> " · " + v.name()).orElse(""), a.cellText(cell)))
                .toList())).toList();
    }

    private static List<Filter> filter(Assessment a) {
        boolean problems = !a.problems().isEmpty();
        // With something to fix, the list opens on it; passes and skips are one click away.
        return Arrays.stream(Verdict.values()).map(v -> new Filter(v.label(),
                !problems || v.standing() == Standing.KIT_ERROR || v.broke(), a.tally().count(v))).toList();
    }

    private static List<Scenario> scenarios(Assessment a) {
        return a.run().scenarios().stream().map(s -> {
            List<Shown> findings = Stream.concat(s.finding().stream(), s.warnings().stream()).map(HtmlReport::shown)
                    .toList();
            return new Scenario(s.verdict().label(), s.subject(), s.imType().map(String::valueOf).orElse(""),
                    s.location(), s.broke() || s.verdict().standing() == Standing.KIT_ERROR, s.title(),
                    s.durationMs(), a.excuse(s).orElse(null), findings, findings.isEmpty() ? s.message() : "",
                    String.join(", ", s.rules()), String.join(", ", s.judged()));
        }).toList();
    }

    private static Shown shown(Finding f) {
        return new Shown(f.rule().id(), f.rule().level(), f.rule().text(),
                f.call() + (f.vendor().isEmpty() ? "" : " on " + f.vendor()), f.rule().source().cite(), f.expected(),
                f.seen());
    }

    private static List<Expected> expected(Assessment a) {
        return a.expected().outcomes().stream().map(o -> new Expected(o.failsTheRun(), o.entry().target(),
                o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), o.entry().expires().toString(),
                o.describe())).toList();
    }

    private static List<Coverage> rules(RunResult run) {
        return RuleCoverage.of(Catalog.standard(), run.scenarios()).stream().map(c -> new Coverage(c.rule().id(),
                c.rule().level(), c.rule().text(), c.rule().source().cite(), c.scenarios().size(),
                c.verdict().map(Verdict::label).orElse("none"), c.label())).toList();
    }
}
