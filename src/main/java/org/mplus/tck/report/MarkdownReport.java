package org.mplus.tck.report;

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars.SafeString;
import com.github.jknack.handlebars.Helper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.TextTemplate;

/**
 * conformance.md, from conformance.md.hbs: the matrix and the failures, to paste in a pull request. The engine
 * escapes every value as Markdown prose; {{code x}} and {{block x}} fence a value instead.
 */
final class MarkdownReport {

    /** Characters the failures may fill: GitHub takes 65,536 in a pull request comment. */
    private static final int BUDGET = 60_000;

    /** Markdown's punctuation: escaped wherever text from the bridge or the features lands in prose. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~]");

    /** Prose, on one line, with Markdown's punctuation escaped (so an errMsg cannot inject HTML or links). */
    private static final EscapingStrategy PROSE = s -> SPECIAL.matcher(s.toString().replace('\n', ' '))
            .replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));

    private static final Map<String, Helper<?>> FENCES = Map.of(
            "code", (Helper<String>) (s, options) -> new SafeString(code(s)),
            "block", (Helper<String>) (s, options) -> new SafeString(block(s)));

    private static final TextTemplate DOCUMENT = TextTemplate.load(MarkdownReport.class, "conformance.md", PROSE,
            FENCES);
    private static final TextTemplate GROUP = TextTemplate.load(MarkdownReport.class, "conformance-group.md", PROSE,
            FENCES);

    private MarkdownReport() {
    }

    record Document(String headline, String reason, List<Assessment.Fact> about, List<Column> vendors,
            List<Row> matrix, int problems, int groups, List<String> shown, int left, String stopped,
            List<ExpectedFailures.Outcome> expected) {
    }

    record Column(String name, int imType) {
    }

    /** A matrix row; {@code padding} closes the cells a format row (one cell for every vendor) lacks. */
    record Row(String subject, boolean format, List<Cell> cells, String padding) {
    }

    record Cell(String mark, String text) {
    }

    record Group(String mark, String broken, Finding finding, String subject, String vendor, int count,
            String location, String message, List<Listed> scenarios) {
    }

    record Listed(String verdict, String name, String location, ExpectedFailure excuse) {
    }

    static String render(Assessment a) {
        RunResult run = a.run();
        Gate gate = a.gate();
        CallMatrix matrix = new CallMatrix(Catalog.standard(), run.scenarios());
        int columns = matrix.vendors().size();
        List<ProblemGroup> groups = ProblemGroup.byRuleCallAndVendor(a);
        List<String> shown = fitting(a, groups);
        return DOCUMENT.render(new Document(
                gate.conformant() ? "✅ conformant"
                        : gate.exitCode() == Gate.NOT_CONFORMANT ? "❌ NOT conformant" : "🛠️ not judged",
                gate.reason(), a.about(), matrix.vendors().stream().map(v -> new Column(v.name(), v.imType())).toList(),
                matrix.rows().stream().map(r -> new Row(r.subject(), r.isFormat(), r.cells().stream()
                        .map(c -> new Cell(c.verdict().map(v -> v.mark() + " ").orElse(""), a.cellText(c))).toList(),
                        " |".repeat(columns - r.cells().size()))).toList(),
                a.problems().size(), groups.size(), shown, groups.size() - shown.size(), run.stopped().orElse(""),
                a.expected().outcomes()));
    }

    /**
     * The failures grouped by what broke (rule, or verdict when no rule did), call and vendor: a bridge missing
     * one thing fails many scenarios the same way, and a pull request wants each problem once. Groups stop at
     * {@value #BUDGET} characters, under GitHub's limit for a comment.
     */
    private static List<String> fitting(Assessment a, List<ProblemGroup> groups) {
        List<String> shown = new ArrayList<>();
        int length = 0;
        for (ProblemGroup g : groups) {
            String text = GROUP.render(group(a, g));
            length += text.length();
            if (length > BUDGET) {
                break;
            }
            shown.add(text);
        }
        return shown;
    }

    private static Group group(Assessment a, ProblemGroup g) {
        ScenarioResult first = g.first();
        return new Group(first.verdict().mark(), g.broken(), g.finding().orElse(null), first.subject(),
                first.vendor().map(v -> v.name()).orElse(""), g.scenarios().size(), first.location(), first.message(),
                g.scenarios().stream().map(s -> new Listed(s.verdict().label(), s.name(), s.location(),
                        a.excuse(s).orElse(null))).toList());
    }

    /** A code span whose fence is longer than any run of backticks inside it, on one line. */
    static String code(String s) {
        String fence = "`".repeat(longestBacktickRun(s) + 1);
        return fence + " " + s.replace('\n', ' ') + " " + fence;
    }

    /** A fenced block whose fence is longer than any run of backticks inside it. */
    static String block(String s) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(s) + 1));
        return fence + "text\n" + s + "\n" + fence;
    }

    private static int longestBacktickRun(String s) {
        return Pattern.compile("`+").matcher(s).results().mapToInt(m -> m.group().length()).max().orElse(0);
    }
}
