package org.mplus.tck.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;

/** conformance.md: the matrix and the failures, to paste in a pull request. */
final class MarkdownReport {

    private static final Map<Verdict, String> MARK = Map.of(Verdict.PASS, "✅", Verdict.FAIL, "❌",
            Verdict.WARN, "⚠️", Verdict.TIMEOUT, "⏱️", Verdict.SKIP, "⏭️", Verdict.HARNESS_ERROR, "🛠️");

    /** Markdown's punctuation: escaped wherever text from the bridge or the features lands in prose. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~]");

    private MarkdownReport() {
    }

    static String render(Assessment a) {
        RunResult run = a.run();
        RunSetup setup = run.setup();
        StringBuilder md = new StringBuilder();
        Gate gate = a.gate();
        md.append("## mplus conformance: ").append(gate.conformant() ? "✅ conformant"
                : gate.exitCode() == Gate.NOT_CONFORMANT ? "❌ NOT conformant" : "🛠️ not judged").append("\n\n");
        md.append("**").append(esc(gate.reason())).append("**\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "bridge", esc(setup.bridgeLabel()));
        setup.partial().ifPresent(p -> row(md, "calls", esc(p)));
        row(md, "vendors", esc(setup.imTypes().stream().map(t -> Catalog.standard().vendor(t)
                .map(v -> v.label()).orElse(String.valueOf(t))).collect(Collectors.joining(", "))));
        row(md, "engine", esc(setup.engine() + ": " + setup.engineVersion()));
        row(md, "kit", esc("mplus-tck " + setup.kitVersion()));
        setup.profile().ifPresent(p -> row(md, "profile", esc(p)));
        setup.tags().ifPresent(t -> row(md, "tags", esc(t)));
        row(md, "scenarios", run.scenarios().size() + " in " + String.format("%.1f s", run.wall().toMillis() / 1000.0)
                + ": " + run.counts());
        md.append('\n');

        CallMatrix matrix = new CallMatrix(Catalog.standard(), run.scenarios());
        md.append("### Call × vendor\n\n| call |");
        matrix.vendors().forEach(v -> md.append(' ').append(esc(v.name())).append(" (").append(v.imType()).append(") |"));
        md.append("\n|---|").append("---|".repeat(matrix.vendors().size())).append('\n');
        for (CallMatrix.Row r : matrix.rows()) {
            md.append("| ").append(r.subject()).append(r.isFormat() ? " (format, any vendor)" : "").append(" |");
            for (CallMatrix.Cell c : r.cells()) {
                md.append(' ').append(c.verdict().map(MARK::get).map(m -> m + " ").orElse(""))
                        .append(esc(a.cellText(c))).append(" |");
            }
            md.append(" |".repeat(matrix.vendors().size() - r.cells().size())).append('\n');
        }

        List<ScenarioResult> problems = a.problems();
        if (!problems.isEmpty()) {
            md.append("\n### Failures (").append(problems.size()).append(")\n");
            for (ScenarioResult s : problems) {
                md.append("\n#### ").append(MARK.get(s.verdict())).append(' ').append(s.verdict().label())
                        .append(' ').append(esc(s.title())).append("\n\n");
                md.append("- scenario: ").append(code(s.location())).append('\n');
                a.excuse(s).ifPresent(e -> md.append("- **expected failure** (profile, until ").append(e.expires())
                        .append("): ").append(esc(e.reason())).append('\n'));
                s.finding().ifPresent(f -> finding(md, f));
                s.warnings().forEach(w -> finding(md, w));
                if (s.finding().isEmpty() && s.warnings().isEmpty()) {
                    md.append("\n").append(block(s.message())).append('\n');
                }
            }
        }
        run.stopped().ifPresent(why -> md.append("\n### The kit stopped before judging\n\n").append(block(why))
                .append('\n'));

        if (!a.expected().outcomes().isEmpty()) {
            md.append("\n### Expected failures (profile)\n\n");
            a.expected().outcomes().forEach(o -> md.append("- ").append(o.failsTheRun() ? "❌ " : "")
                    .append(esc(o.describe())).append('\n'));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static void finding(StringBuilder md, Finding f) {
        md.append("- rule: **").append(f.rule().id()).append("** (").append(f.rule().level()).append("): ")
                .append(esc(f.rule().text())).append('\n');
        md.append("- spec: ").append(esc(f.rule().source().cite())).append('\n');
        md.append("- expected: ").append(code(f.expected())).append('\n');
        md.append("- seen: ").append(code(f.seen())).append('\n');
    }

    /** Prose, on one line, with Markdown's punctuation escaped (so an errMsg cannot inject HTML or links). */
    static String esc(String s) {
        return SPECIAL.matcher(s.replace('\n', ' ')).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** A code span whose fence is longer than any run of backticks inside it, on one line. */
    static String code(String s) {
        String fence = "`".repeat(longestBacktickRun(s) + 1);
        return fence + " " + s.replace('\n', ' ') + " " + fence;
    }

    /** A fenced block whose fence is longer than any run of backticks inside it. */
    static String block(String s) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(s) + 1));
        return fence + "text\n" + s + "\n" + fence + "\n";
    }

    private static int longestBacktickRun(String s) {
        return Pattern.compile("`+").matcher(s).results().mapToInt(m -> m.group().length()).max().orElse(0);
    }
}
