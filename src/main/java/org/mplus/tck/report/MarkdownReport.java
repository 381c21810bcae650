package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;

/** conformance.md: the matrix and the failures, to paste in a pull request. */
final class MarkdownReport {

    private static final Map<Verdict, String> MARK = Map.of(Verdict.PASS, "✅", Verdict.FAIL, "❌",
            Verdict.WARN, "⚠️", Verdict.TIMEOUT, "⏱️", Verdict.FLAKY, "🎲", Verdict.NOT_PLAYABLE, "🧩",
            Verdict.SKIP, "⏭️", Verdict.HARNESS_ERROR, "🛠️");

    /** Characters the failures may fill: GitHub takes 65,536 in a pull request comment. */
    private static final int BUDGET = 60_000;

    /** Markdown's punctuation: escaped wherever text from the bridge or the features lands in prose. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~]");

    private MarkdownReport() {
    }

    static String render(Assessment a) {
        RunResult run = a.run();
        StringBuilder md = new StringBuilder();
        Gate gate = a.gate();
        md.append("## mplus conformance: ").append(gate.conformant() ? "✅ conformant"
                : gate.exitCode() == Gate.NOT_CONFORMANT ? "❌ NOT conformant" : "🛠️ not judged").append("\n\n");
        md.append("**").append(esc(gate.reason())).append("**\n\n");
        md.append("| | |\n|---|---|\n");
        run.about().forEach(f -> md.append("| ").append(f.name()).append(" | ").append(esc(f.value())).append(" |\n"));
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

        failures(md, a);
        run.stopped().ifPresent(why -> md.append("\n### The kit stopped before judging\n\n").append(block(why))
                .append('\n'));

        if (!a.expected().outcomes().isEmpty()) {
            md.append("\n### Expected failures (profile)\n\n");
            a.expected().outcomes().forEach(o -> md.append("- ").append(o.failsTheRun() ? "❌ " : "")
                    .append(esc(o.describe())).append('\n'));
        }
        return md.toString();
    }

    /**
     * The failures grouped by what broke (rule, or verdict when no rule did), call and vendor: a bridge missing
     * one thing fails many scenarios the same way, and a pull request wants each problem once. Groups stop at
     * {@value #BUDGET} characters, under GitHub's limit for a comment.
     */
    private static void failures(StringBuilder md, Assessment a) {
        Map<List<String>, List<ScenarioResult>> groups = new LinkedHashMap<>();
        for (ScenarioResult s : a.problems()) {
            List<String> broken = s.verdict() == Verdict.WARN ? s.decisiveRules()
                    : s.verdict() == Verdict.FLAKY ? List.of(s.verdict().label())
                    : List.of(s.finding().map(f -> f.rule().id()).orElse(s.verdict().label()));
            broken.forEach(b -> groups.computeIfAbsent(List.of(b, s.subject(), s.vendor().map(v -> v.name())
                    .orElse("")), k -> new ArrayList<>()).add(s));
        }
        if (groups.isEmpty()) {
            return;
        }
        md.append("\n### Failures: ").append(a.problems().size()).append(" scenario(s), ").append(groups.size())
                .append(" distinct (rule × call × vendor)\n");
        int shown = 0;
        for (Map.Entry<List<String>, List<ScenarioResult>> g : groups.entrySet()) {
            StringBuilder text = new StringBuilder();
            group(text, a, g.getKey().get(0), g.getValue());
            if (md.length() + text.length() > BUDGET) {
                md.append("\n… and ").append(groups.size() - shown)
                        .append(" more: see conformance.html or conformance.json\n");
                return;
            }
            md.append(text);
            shown++;
        }
    }

    private static void group(StringBuilder md, Assessment a, String broken, List<ScenarioResult> scenarios) {
        ScenarioResult first = scenarios.get(0);
        Optional<Finding> finding = first.finding().filter(f -> f.rule().id().equals(broken))
                .or(() -> first.warnings().stream().filter(w -> w.rule().id().equals(broken)).findFirst());
        md.append("\n#### ").append(MARK.get(first.verdict())).append(' ').append(broken)
                .append(finding.map(f -> " (" + f.rule().level() + ")").orElse("")).append(" · ").append(first.subject())
                .append(first.vendor().map(v -> " · " + v.name()).orElse("")).append(" — ").append(scenarios.size())
                .append(" scenario(s)\n\n");
        if (finding.isPresent()) {
            Finding f = finding.get();
            md.append(esc(f.rule().text())).append("\n\n");
            md.append("- spec: ").append(esc(f.rule().source().cite())).append('\n');
            md.append("- expected: ").append(code(f.expected())).append('\n');
            md.append("- seen: ").append(code(f.seen())).append(" (in ").append(code(first.location()))
                    .append(")\n");
        } else {
            md.append(block(first.message()));
        }
        md.append("- scenarios:\n");
        for (ScenarioResult s : scenarios) {
            md.append("  - ").append(s.verdict().label()).append(' ').append(esc(s.name())).append(" (")
                    .append(code(s.location())).append(')')
                    .append(a.excuse(s).map(e -> ": **expected failure** (profile, until " + e.expires() + "): "
                            + esc(e.reason())).orElse(""))
                    .append('\n');
        }
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
