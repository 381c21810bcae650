package org.mplus.tck.spec;

import com.github.jknack.handlebars.EscapingStrategy;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders docs/rules.md from the catalog (through rules.md.hbs), so that the readable rules can never drift from
 * the checked ones. The engine escapes every value for a Markdown table cell.
 */
public final class RulesDocument {

    /** Where the document lives in the repository: reports link a reading's ambiguity as PATH#id. */
    public static final String PATH = "docs/rules.md";

    /** A | inside a cell would end it. */
    private static final EscapingStrategy TABLE_CELL = s -> s.toString().replace("|", "\\|");

    private static final TextTemplate TEMPLATE = TextTemplate.load(RulesDocument.class, "rules.md", TABLE_CELL);

    private RulesDocument() {
    }

    record Document(String specTitle, List<CallRow> calls, List<Section> sections, List<AmbiguityEntry> ambiguities,
            List<HookRow> hooks) {
    }

    record CallRow(String name, String heading, int line, String vendors, String since, String options) {
    }

    record Section(String heading, List<RuleRow> rules) {
    }

    record RuleRow(String id, Level level, String appliesTo, String text, String basis, String source) {
    }

    record AmbiguityEntry(String id, String question, String reading, String checked, String lines) {
    }

    record HookRow(String name, String plays, String calls, String fields, String contract) {
    }

    public static String render(Catalog catalog) {
        return TEMPLATE.render(new Document(catalog.specTitle(), calls(catalog), sections(catalog),
                catalog.ambiguities().stream().map(a -> new AmbiguityEntry(a.id(), a.question(), a.reading(),
                        a.checked(), a.lines().stream().map(String::valueOf).collect(Collectors.joining(", "))))
                        .toList(),
                catalog.hooks().stream().map(h -> new HookRow(h.name(), h.plays(), String.join(", ", h.calls()),
                        h.fields().stream().map(f -> "`" + f.name() + ": " + f.type() + "`: " + f.description())
                                .collect(Collectors.joining("; ")), h.contract())).toList()));
    }

    private static List<CallRow> calls(Catalog catalog) {
        return catalog.calls().stream().map(c -> new CallRow(c.name(), c.heading(), c.line(),
                c.vendors().stream().map(t -> catalog.vendor(t).map(Vendor::label).orElse("imType " + t))
                        .collect(Collectors.joining(", ")),
                c.since().map(ClientVersion::toString).orElse("–"),
                c.options().isEmpty() ? "–" : c.options().stream()
                        .map(o -> "`" + o.name() + "`" + (o.required() ? "" : " (optional)") + " " + o.description())
                        .collect(Collectors.joining("; ")))).toList();
    }

    /** The rules for every call, then each call's own, then each format's own. */
    private static List<Section> sections(Catalog catalog) {
        Section shared = new Section("Rules for every call", catalog.rules().stream()
                .filter(r -> r.appliesTo().size() > 1 || r.appliesTo().contains(Rule.EVERY_CALL))
                .map(RulesDocument::row).toList());
        Stream<Section> calls = catalog.calls().stream().map(call -> new Section(
                "`" + call.name() + "` — " + call.heading() + " (line " + call.line() + ")", own(catalog, call.name())));
        Stream<Section> formats = catalog.formats().stream().map(format -> new Section(
                "Format `" + format.name() + "` — " + format.heading() + " (line " + format.line() + ")",
                own(catalog, format.name())));
        return Stream.concat(Stream.of(shared), Stream.concat(calls, formats)).toList();
    }

    private static List<RuleRow> own(Catalog catalog, String name) {
        return catalog.rules().stream().filter(r -> r.appliesTo().equals(List.of(name))).map(RulesDocument::row)
                .toList();
    }

    private static RuleRow row(Rule r) {
        return new RuleRow(r.id(), r.level(),
                r.appliesTo().contains(Rule.EVERY_CALL) ? "every call" : String.join(", ", r.appliesTo()), r.text(),
                r.source() instanceof RuleSource.KitReading k
                        ? r.source().basis() + " ([ambiguity](#" + k.ambiguity() + "))" : r.source().basis(),
                r.source().cite());
    }
}
