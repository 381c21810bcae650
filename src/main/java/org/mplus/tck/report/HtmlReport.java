package org.mplus.tck.report;

import java.util.List;
import java.util.Locale;
import org.mplus.tck.harness.Finding;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;

/**
 * conformance.html: one self-contained page (inline CSS and script, nothing fetched) that opens from disk:
 * the verdict, the call × vendor matrix in colour, the scenarios with a verdict filter and each failure
 * expandable to rule, spec quote, expected and seen, the expected failures and the rule coverage. Everything
 * that is not the kit's own markup is escaped: an errMsg is the bridge's to choose.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
              margin:0 auto;max-width:1200px;padding:0 16px 48px;color:#1f2328}
            h1{margin:0;font-size:22px} h2{font-size:18px;margin:28px 0 8px}
            .gate{padding:14px 18px;margin:16px 0;border-radius:6px}
            .gate p{margin:4px 0 0}
            .gate-0{background:#dafbe1;border:1px solid #1a7f37}
            .gate-1{background:#ffebe9;border:1px solid #cf222e}
            .gate-2{background:#fbefff;border:1px solid #8250df}
            dl.about{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
            dl.about dt{font-weight:600}
            dl.about dd{margin:0}
            table{border-collapse:collapse;margin:4px 0}
            th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            #matrix td{min-width:140px;cursor:pointer;font-weight:600}
            .v-PASS{background:#dafbe1} .v-FAIL{background:#ffcecb} .v-TIMEOUT{background:#ffd8b5}
            .v-WARN{background:#fff8c5} .v-SKIP{background:#eaeef2;color:#57606a}
            .v-HARNESS-ERROR{background:#e8d5ff} .v-FLAKY{background:#fdf0d5} .v-NOT-PLAYABLE{background:#ddf4ff}
            .v-none{color:#8c959f;cursor:default}
            .badge{display:inline-block;min-width:104px;padding:0 6px;border-radius:4px;font-weight:600}
            #filter label{margin-right:12px;white-space:nowrap}
            ol#scenarios{list-style:none;padding:0}
            ol#scenarios li{border-bottom:1px solid #eaeef2;padding:3px 0}
            summary{cursor:pointer}
            .where{color:#57606a;font-size:12px}
            dl.finding{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0 6px 24px}
            dl.finding dt{font-weight:600} dl.finding dd{margin:0;white-space:pre-wrap;word-break:break-word}
            pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:8px;margin:6px 0 6px 24px}
            .expected{margin:6px 0 6px 24px;color:#57606a}
            #rules td:first-child,#expected td:nth-child(3){white-space:nowrap}
            """;

    /** The verdict filter and the matrix cells that narrow the list to one call on one vendor; ES5. */
    private static final String SCRIPT = """
            (function () {
              var only = null;
              function each(selector, f) { Array.prototype.forEach.call(document.querySelectorAll(selector), f); }
              function apply() {
                var shown = {};
                each('#filter input[type=checkbox]', function (b) { shown[b.value] = b.checked; });
                each('#scenarios > li', function (li) {
                  li.hidden = !shown[li.getAttribute('data-verdict')] || (only !== null
                      && (li.getAttribute('data-call') !== only.call || li.getAttribute('data-imtype') !== only.imType));
                });
                var note = document.getElementById('only');
                note.hidden = only === null;
                if (only !== null) { document.getElementById('only-text').textContent = only.text; }
              }
              each('#filter input[type=checkbox]', function (b) { b.addEventListener('change', apply); });
              each('#matrix td[data-call]', function (td) {
                td.addEventListener('click', function () {
                  only = { call: td.getAttribute('data-call'), imType: td.getAttribute('data-imtype'),
                           text: td.getAttribute('data-label') };
                  apply();
                  document.getElementById('scenario-list').scrollIntoView();
                });
              });
              document.getElementById('show-all').addEventListener('click', function () { only = null; apply(); });
              apply();
            })();
            """;

    private HtmlReport() {
    }

    static String render(Assessment a) {
        RunResult run = a.run();
        RunSetup setup = run.setup();
        Gate gate = a.gate();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(headline(gate) + " · " + setup.bridgeLabel())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");

        h.append("<header class=\"gate gate-").append(gate.exitCode()).append("\" id=\"gate\">\n<h1>")
                .append(esc(headline(gate))).append("</h1>\n<p>").append(esc(gate.reason())).append("</p>\n</header>\n");
        h.append("<dl class=\"about\">\n");
        run.about().forEach(f -> h.append("<dt>").append(f.name()).append("</dt><dd>").append(esc(f.value()))
                .append("</dd>\n"));
        h.append("</dl>\n");
        run.stopped().ifPresent(why -> h.append("<h2>The kit stopped before judging</h2>\n<pre>").append(esc(why))
                .append("</pre>\n"));

        matrix(h, a);
        scenarios(h, a);
        expected(h, a);
        rules(h, run);
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String headline(Gate gate) {
        return switch (gate.exitCode()) {
            case Gate.CONFORMANT -> "Conformant";
            case Gate.NOT_CONFORMANT -> "NOT conformant";
            default -> "Not judged: usage or harness error";
        };
    }

    private static void matrix(StringBuilder h, Assessment a) {
        CallMatrix matrix = new CallMatrix(Catalog.standard(), a.run().scenarios());
        h.append("<h2>Call × vendor</h2>\n<p class=\"where\">Click a cell to list its scenarios.</p>\n")
                .append("<table id=\"matrix\">\n<thead><tr><th>call</th>");
        matrix.vendors().forEach(v -> h.append("<th data-imtype=\"").append(v.imType()).append("\">")
                .append(esc(v.label())).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (CallMatrix.Row row : matrix.rows()) {
            h.append("<tr data-call=\"").append(esc(row.subject())).append("\"><th>").append(esc(row.subject()))
                    .append(row.isFormat() ? " <span class=\"where\">(format, any vendor)</span>" : "").append("</th>");
            for (CallMatrix.Cell cell : row.cells()) {
                String verdict = cell.verdict().map(Verdict::label).orElse("none");
                h.append("<td class=\"v-").append(verdict).append('"');
                if (row.isFormat()) {
                    h.append(" colspan=\"").append(matrix.vendors().size()).append('"');
                }
                if (!cell.scenarios().isEmpty()) {
                    String label = row.subject() + cell.vendor().map(v -> " · " + v.name()).orElse("");
                    h.append(" data-verdict=\"").append(verdict).append("\" data-call=\"").append(esc(row.subject()))
                            .append("\" data-imtype=\"").append(cell.vendor().map(v -> "" + v.imType()).orElse(""))
                            .append("\" data-label=\"").append(esc(label)).append('"');
                }
                h.append('>').append(esc(a.cellText(cell))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void scenarios(StringBuilder h, Assessment a) {
        RunResult run = a.run();
        boolean problems = !a.problems().isEmpty();
        h.append("<h2 id=\"scenario-list\">Scenarios</h2>\n<form id=\"filter\">");
        for (Verdict v : Verdict.values()) {
            // With something to fix, the list opens on it; passes and skips are one click away.
            boolean shown = !problems || v != Verdict.PASS && v != Verdict.SKIP;
            h.append("<label class=\"badge v-").append(v.label()).append("\"><input type=\"checkbox\" value=\"")
                    .append(v.label()).append('"').append(shown ? " checked" : "").append("> ").append(v.label())
                    .append(" (").append(run.count(v)).append(")</label>");
        }
        h.append("<span id=\"only\" hidden> only <b id=\"only-text\"></b> ")
                .append("<button type=\"button\" id=\"show-all\">show every call</button></span></form>\n");
        h.append("<ol id=\"scenarios\">\n");
        for (ScenarioResult s : run.scenarios()) {
            h.append("<li data-verdict=\"").append(s.verdict().label()).append("\" data-call=\"")
                    .append(esc(s.subject())).append("\" data-imtype=\"").append(s.imType().map(String::valueOf)
                            .orElse("")).append("\" id=\"").append(esc(s.location())).append("\">\n<details")
                    .append(s.broke() || s.verdict() == Verdict.HARNESS_ERROR ? " open" : "").append("><summary>")
                    .append("<span class=\"badge v-").append(s.verdict().label()).append("\">")
                    .append(s.verdict().label()).append("</span> ").append(esc(s.title()))
                    .append(" <span class=\"where\">").append(esc(s.location())).append(" · ")
                    .append(s.durationMs()).append(" ms</span></summary>\n");
            a.excuse(s).ifPresent(e -> h.append("<p class=\"expected\">expected failure (profile, until ")
                    .append(e.expires()).append("): ").append(esc(e.reason())).append("</p>\n"));
            s.finding().ifPresent(f -> finding(h, f));
            s.warnings().forEach(w -> finding(h, w));
            if (s.finding().isEmpty() && s.warnings().isEmpty() && !s.message().isEmpty()) {
                h.append("<pre>").append(esc(s.message())).append("</pre>\n");
            }
            h.append("<p class=\"expected\">rules: ").append(esc(String.join(", ", s.rules())))
                    .append(s.judged().isEmpty() ? "" : "; judged: " + esc(String.join(", ", s.judged())))
                    .append("</p>\n</details>\n</li>\n");
        }
        h.append("</ol>\n");
    }

    private static void finding(StringBuilder h, Finding f) {
        h.append("<dl class=\"finding\">\n<dt>rule</dt><dd><b>").append(esc(f.rule().id())).append("</b> (")
                .append(f.rule().level()).append("): ").append(esc(f.rule().text())).append("</dd>\n")
                .append("<dt>call</dt><dd>").append(esc(f.call() + (f.vendor().isEmpty() ? "" : " on " + f.vendor())))
                .append("</dd>\n<dt>spec</dt><dd>").append(esc(f.rule().source().cite())).append("</dd>\n")
                .append("<dt>expected</dt><dd>").append(esc(f.expected())).append("</dd>\n")
                .append("<dt>seen</dt><dd><code>").append(esc(f.seen())).append("</code></dd>\n</dl>\n");
    }

    private static void expected(StringBuilder h, Assessment a) {
        List<ExpectedFailures.Outcome> outcomes = a.expected().outcomes();
        if (outcomes.isEmpty()) {
            return;
        }
        h.append("<h2>Expected failures (profile)</h2>\n<table id=\"expected\">\n<thead><tr><th>entry</th>")
                .append("<th>status</th><th>expires</th><th>what it means</th></tr></thead>\n<tbody>\n");
        for (ExpectedFailures.Outcome o : outcomes) {
            h.append("<tr class=\"").append(o.failsTheRun() ? "v-FAIL" : "").append("\"><td>")
                    .append(esc(o.entry().target())).append("</td><td>")
                    .append(o.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</td><td>")
                    .append(o.entry().expires()).append("</td><td>").append(esc(o.describe())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void rules(StringBuilder h, RunResult run) {
        h.append("<h2>Rule coverage</h2>\n<table id=\"rules\">\n<thead><tr><th>rule</th><th>level</th>")
                .append("<th>what</th><th>source</th><th>scenarios</th><th>verdict</th></tr></thead>\n<tbody>\n");
        for (RuleCoverage c : RuleCoverage.of(Catalog.standard(), run.scenarios())) {
            h.append("<tr><td>").append(esc(c.rule().id())).append("</td><td>").append(c.rule().level())
                    .append("</td><td>").append(esc(c.rule().text())).append("</td><td>")
                    .append(esc(c.rule().source().cite())).append("</td><td>").append(c.scenarios().size())
                    .append("</td><td class=\"v-").append(c.verdict().map(Verdict::label).orElse("none"))
                    .append("\">").append(c.label()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** Text for an element or a quoted attribute. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
