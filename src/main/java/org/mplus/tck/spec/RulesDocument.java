package org.mplus.tck.spec;

import java.util.List;
import java.util.stream.Collectors;

/** Renders docs/rules.md from the catalog, so that the readable rules can never drift from the checked ones. */
public final class RulesDocument {

    /** Where the document lives in the repository: reports link a reading's ambiguity as PATH#id. */
    public static final String PATH = "docs/rules.md";

    private final Catalog catalog;
    private final StringBuilder out = new StringBuilder();

    private RulesDocument(Catalog catalog) {
        this.catalog = catalog;
    }

    public static String render(Catalog catalog) {
        return new RulesDocument(catalog).document();
    }

    private String document() {
        line("# Rules of the IM chat interface (" + catalog.specTitle() + ")");
        line("");
        line("Generated from `schemas/catalog.json`; do not edit by hand (regenerate: "
                + "`mvn -B test -Dtest=RulesDocumentTest -Dmplus.tck.writeDocs=true`).");
        line("The spec is quoted from `schemas/" + "spec/im-chat-api.zh-CN.md`, by line; a test proves every quote "
                + "stands on its line.");
        line("");
        line("- **MUST**: the doc says it (quoted, by line), or breaking it loses or fakes a message (the basis says "
                + "which). A broken MUST rule fails the run.");
        line("- **SHOULD**: the kit's reading of a place where the doc can be read two ways (linked to the ambiguity "
                + "below), or robustness policy the doc does not state. A broken SHOULD rule is a warning (it fails "
                + "the run with `--strict`). A test fails when a MUST rule has neither a quote nor a message at stake.");
        line("");
        line("Every scenario names its rules with tags (`@rule:SEND-CHAT-01`); every rule has at least one scenario.");
        line("");
        calls();
        rules("Rules for every call", catalog.rules().stream()
                .filter(r -> r.appliesTo().size() > 1 || r.appliesTo().contains(Rule.EVERY_CALL)).toList());
        for (Call call : catalog.calls()) {
            rules("`" + call.name() + "` — " + call.heading() + " (line " + call.line() + ")", own(call.name()));
        }
        for (ValueFormat format : catalog.formats()) {
            rules("Format `" + format.name() + "` — " + format.heading() + " (line " + format.line() + ")",
                    own(format.name()));
        }
        ambiguities();
        hooks();
        return out.toString();
    }

    private List<Rule> own(String name) {
        return catalog.rules().stream().filter(r -> r.appliesTo().equals(List.of(name))).toList();
    }

    private void calls() {
        line("## The calls");
        line("");
        line("| call | section (line) | vendors | since | options |");
        line("|---|---|---|---|---|");
        for (Call c : catalog.calls()) {
            String vendors = c.vendors().stream()
                    .map(t -> catalog.vendor(t).map(Vendor::label).orElse("imType " + t))
                    .collect(Collectors.joining(", "));
            String options = c.options().isEmpty() ? "–" : c.options().stream()
                    .map(o -> "`" + o.name() + "`" + (o.required() ? "" : " (optional)") + " " + o.description())
                    .collect(Collectors.joining("; "));
            line("| `" + c.name() + "` | " + c.heading() + " (" + c.line() + ") | " + vendors + " | "
                    + c.since().map(ClientVersion::toString).orElse("–") + " | " + options + " |");
        }
        line("");
        line("Every call takes `success(res)` and `fail(res)`; `fail` gets `res.errMsg` (错误提示).");
        line("");
        line("## Timing: what the kit waits for");
        line("");
        line("The doc names no deadline. The kit waits `--timeout-ms` (default 3000 ms) for a call's first "
                + "callback, then 100 ms more for a second one. In the scenarios where a vendor \"does not answer "
                + "in time\", the mock holds its answer for twice `--timeout-ms`: only the bridge's own deadline can "
                + "then produce the callback in time, so a bridge's deadline for a vendor's answer must be shorter "
                + "than `--timeout-ms` (the reference bridge's is 2000 ms). A bridge with a longer deadline is judged "
                + "fairly with a larger `--timeout-ms` (say 12000 for a 10 s deadline); the held answer grows with it. "
                + "In the \"answers after 400 ms\" scenarios a bridge must wait for the answer: a deadline or retry "
                + "under 400 ms is what they catch. Page timers run while a request is in flight, on every engine.");
        line("");
    }

    private void rules(String heading, List<Rule> rules) {
        line("## " + heading);
        line("");
        line("| rule | level | applies to | what | basis | source |");
        line("|---|---|---|---|---|---|");
        for (Rule r : rules) {
            String applies = r.appliesTo().contains(Rule.EVERY_CALL) ? "every call" : String.join(", ", r.appliesTo());
            line("| " + r.id() + " | " + r.level() + " | " + applies + " | " + escape(r.text()) + " | "
                    + basis(r.source()) + " | " + escape(r.source().cite()) + " |");
        }
        line("");
    }

    private static String basis(RuleSource source) {
        return source instanceof RuleSource.KitReading k
                ? source.basis() + " ([ambiguity](#" + k.ambiguity() + "))" : source.basis();
    }

    private void ambiguities() {
        line("## Ambiguities and the kit's reading");
        line("");
        line("A rule that rests on one of these readings is SHOULD at most, and its failure message says "
                + "\"the kit's reading, not the doc's text\".");
        line("");
        for (Ambiguity a : catalog.ambiguities()) {
            line("### <a id=\"" + a.id() + "\"></a>" + a.question());
            line("");
            line(a.reading());
            line("");
            line("Checked: " + a.checked() + " Spec lines: "
                    + a.lines().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
            line("");
        }
    }

    private void hooks() {
        line("## Test hooks");
        line("");
        line("What only a person could do in a test page, the kit plays through a global that a bridge's test build "
                + "reads instead of asking the person (how to implement it: `docs/hooks.md`; its type: `mplus.d.ts`). "
                + "A scenario that needs a hook is tagged with it (`@hook:NAME`); when the bridge never reads the hook, "
                + "such a scenario is NOT-PLAYABLE, never passed or failed, and the reports say which hooks the bridge "
                + "honours.");
        line("");
        line("| hook | plays | calls | fields | contract |");
        line("|---|---|---|---|---|");
        for (TestHook h : catalog.hooks()) {
            line("| `window." + h.name() + "` | " + h.plays() + " | " + String.join(", ", h.calls()) + " | "
                    + escape(h.fields().stream().map(f -> "`" + f.name() + ": " + f.type() + "`: " + f.description())
                            .collect(Collectors.joining("; "))) + " | " + escape(h.contract()) + " |");
        }
        line("");
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
