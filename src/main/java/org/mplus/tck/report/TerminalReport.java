package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.spec.Catalog;

/**
 * The run's summary on the terminal, once it is over: what failed, grouped by rule (each problem once, with what
 * was expected and seen, and the scenarios that show it), then the call × vendor matrix and the counts, the same
 * counts every report prints. A conformant run's summary fits one screen; the reports hold the rest.
 */
public final class TerminalReport {

    /** Scenarios listed under one rule; conformance.md and .html list them all. */
    static final int LISTED = 5;
    /** Lines of a message shown where no rule broke (the kit could not judge). */
    static final int MESSAGE_LINES = 3;
    /** Characters of one line of what the bridge did. */
    static final int SEEN = 300;

    private TerminalReport() {
    }

    public static String render(Assessment a) {
        StringBuilder t = new StringBuilder();
        failures(t, a);
        matrix(t, a);
        t.append('\n').append("scenarios: ").append(a.scenarios()).append('\n');
        a.expected().outcomes().forEach(o -> t.append("expected failure ").append(o.describe()).append('\n'));
        return t.toString();
    }

    private static void failures(StringBuilder t, Assessment a) {
        List<ProblemGroup> groups = ProblemGroup.byRule(a);
        if (groups.isEmpty()) {
            return;
        }
        t.append('\n').append("Failures by rule: ").append(a.problems().size()).append(" scenario(s), ")
                .append(groups.size()).append(groups.size() == 1 ? " rule" : " rules").append('\n');
        for (ProblemGroup g : groups) {
            Optional<Finding> finding = g.finding();
            t.append('\n').append(g.broken()).append(finding.map(f -> " (" + f.rule().level() + ")").orElse(""))
                    .append(" · ").append(g.scenarios().size()).append(" scenario(s)\n");
            if (finding.isPresent()) {
                Finding f = finding.get();
                t.append("  rule:     ").append(f.rule().text()).append('\n');
                t.append("  source:   ").append(f.rule().source().cite()).append('\n');
                t.append("  expected: ").append(cut(f.expected())).append('\n');
                t.append("  seen:     ").append(cut(f.seen())).append(" (").append(g.first().location()).append(")\n");
            } else {
                g.first().message().lines().limit(MESSAGE_LINES).forEach(l -> t.append("  ").append(cut(l))
                        .append('\n'));
            }
            g.scenarios().stream().limit(LISTED).forEach(s -> t.append("  ").append(String.format("%-13s",
                    s.verdict().label())).append(' ').append(s.title()).append(" (").append(s.location()).append(')')
                    .append(a.excuse(s).map(e -> ": expected failure (profile, until " + e.expires() + ")")
                            .orElse("")).append('\n'));
            if (g.scenarios().size() > LISTED) {
                t.append("  … and ").append(g.scenarios().size() - LISTED)
                        .append(" more: see conformance.md or conformance.html\n");
            }
        }
    }

    /** One line of what the bridge did, cut to {@value #SEEN} characters: the reports have it whole. */
    private static String cut(String text) {
        String line = text.lines().findFirst().orElse("");
        boolean more = text.lines().count() > 1;
        return line.length() > SEEN ? line.substring(0, SEEN) + "…" : more ? line + " …" : line;
    }

    /** The matrix as text, its columns aligned as a terminal shows them (a Chinese character is two columns). */
    static void matrix(StringBuilder t, Assessment a) {
        CallMatrix matrix = new CallMatrix(Catalog.standard(), a.run().scenarios());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("call"));
        matrix.vendors().forEach(v -> header.add(v.name() + " (" + v.imType() + ")"));
        rows.add(header);
        for (CallMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.isFormat() ? row.subject() + " (format)" : row.subject()));
            row.cells().forEach(c -> cells.add(a.cellText(c) + (row.isFormat() ? " (any vendor)" : "")));
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (List<String> r : rows) {
            // a format's single cell spans the vendors' columns, so it does not widen the first of them
            for (int i = 0; i < r.size() && (r.size() == header.size() || i == 0); i++) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        t.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                line.append(c == 0 ? "" : " | ").append(r.get(c))
                        .append(" ".repeat(c == r.size() - 1 ? 0 : widths[c] - width(r.get(c))));
            }
            t.append(line).append('\n');
            if (i == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
                }
                t.append(rule).append('\n');
            }
        }
    }

    /** Columns the text takes in a terminal: East Asian wide characters (Chinese, full-width forms) take two. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
