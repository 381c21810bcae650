package org.mplus.tck.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.jknack.handlebars.EscapingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * mplus.d.ts: TypeScript declarations of the calls (options, results, callbacks) for front-end developers'
 * editors, rendered through mplus.d.ts.hbs from the catalog and the result schemas, served by the mock at
 * /mplus.d.ts. What goes into the template (types, notes, vendor lists) is computed here; the template lays it out.
 */
public final class TypeScriptDeclarations {

    public static final String PATH = "mock-server/__files/mplus.d.ts";

    /**
     * Each format of the catalog as a template literal type: what TypeScript can say of its grammar (the scheme
     * or prefix, the app types, the two app ids of a native app), so that tsc rejects an ftp:// image or a web page
     * as a link. Looser than the kit's parsers (a ${string} may be empty or hold a space); the examples of
     * schemas/examples/formats.json hold them to it: every valid one compiles.
     */
    private static final Map<String, String> FORMAT_TYPES = Map.of(
            "imgUrl", "`${HttpScheme}://${string}` | `local:${string}` | `app_local:4:${string}:${string}`",
            "link", "`${string}://${1 | 4}:${string}` | `${string}://2:${string}##${string}`");

    /** Doc comments hold the catalog's prose: a star and a slash in it would end the comment early. */
    private static final EscapingStrategy DOC_COMMENT = s -> s.toString().replace("*/", "*\\/");

    private static final TextTemplate TEMPLATE = TextTemplate.load(TypeScriptDeclarations.class, "mplus.d.ts",
            DOC_COMMENT);

    private TypeScriptDeclarations() {
    }

    /** The declarations: the formats' types, then each call's result, options and function, then the hooks. */
    record Declarations(String specTitle, List<FormatType> formats, List<CallDeclaration> calls,
            List<HookType> hooks) {
    }

    record FormatType(String heading, int line, String summary, String typeName, String type) {
    }

    /** {@code result} is null when success(res) names no fields: its type is then SuccessResult. */
    record CallDeclaration(String name, String typeName, String heading, String summary, ResultType result,
            String resultName, List<Member> options, String vendors, boolean vendorSpecific, String since,
            String spec, int line) {
    }

    record ResultType(String name, List<Member> fields) {
    }

    /** A field of an interface: its doc comment, name, whether it may be left out, and its type. */
    record Member(String description, String name, boolean required, String type) {
    }

    record HookType(String name, String typeName, String plays, List<String> contract, String calls,
            List<TestHook.Field> fields) {
    }

    public static String render(Catalog catalog) {
        SchemaSet schemas = new SchemaSet();
        return TEMPLATE.render(new Declarations(catalog.specTitle(),
                catalog.formats().stream().map(TypeScriptDeclarations::formatType).toList(),
                catalog.calls().stream().map(c -> declaration(catalog, c, catalog.successSchema(c, schemas)))
                        .toList(),
                catalog.hooks().stream().map(h -> new HookType(h.name(), typeName(h.name()), h.plays(),
                        wrap(h.contract()), String.join(", ", h.calls()), h.fields())).toList()));
    }

    private static FormatType formatType(ValueFormat f) {
        String type = FORMAT_TYPES.get(f.name());
        if (type == null) {
            throw new IllegalStateException("no TypeScript type for the format " + f.name()
                    + ": add one to TypeScriptDeclarations.FORMAT_TYPES");
        }
        return new FormatType(f.heading(), f.line(), f.summary(), typeName(f.name()), type);
    }

    private static CallDeclaration declaration(Catalog catalog, Call call, JsonNode success) {
        ResultType result = resultType(call, success);
        return new CallDeclaration(call.name(), typeName(call), call.heading(), call.summary(), result,
                result == null ? "SuccessResult" : result.name(),
                call.options().stream().map(o -> new Member(o.description() + ": " + optionNote(catalog, o), o.name(),
                        o.required(), optionType(o))).toList(),
                call.vendors().stream().map(t -> catalog.vendor(t).map(Vendor::label).orElseThrow())
                        .collect(Collectors.joining(", ")),
                call.isVendorSpecific(), call.since().map(ClientVersion::toString).orElse(""),
                catalog.spec().path().toString(), call.line());
    }

    /** The success result's interface when its schema names fields (getImType), else null. */
    private static ResultType resultType(Call call, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            return null;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Member> fields = new ArrayList<>();
        properties.fields().forEachRemaining(p -> fields.add(new Member(p.getValue().path("description").asText(),
                p.getKey(), required.contains(p.getKey()), tsType(p.getValue()))));
        return new ResultType(typeName(call) + "Result", fields);
    }

    private static String tsType(JsonNode property) {
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(v -> values.add(v.toString()));
            return String.join(" | ", values);
        }
        return switch (property.path("type").asText()) {
            case "string" -> "string";
            case "integer", "number" -> "number";
            case "boolean" -> "boolean";
            default -> "unknown";
        };
    }

    /** A string, or the format's type; an optional format may also be empty (none). */
    private static String optionType(CallOption o) {
        return o.format().map(f -> typeName(f) + (o.required() ? "" : " | ''")).orElse("string");
    }

    private static String optionNote(Catalog catalog, CallOption o) {
        String note = o.required() ? "required, a non-empty string" : "optional, a string when given";
        if (o.account().isPresent()) {
            note += "; " + switch (o.account().get()) {
                case USER -> "a user account";
                case GROUP -> "a group account";
                case USER_OR_GROUP -> "a user or a group account";
            };
        }
        if (o.format().isPresent()) {
            ValueFormat f = catalog.format(o.format().get()).orElseThrow();
            note += "; format " + f.heading() + " (spec line " + f.line() + "): " + f.summary()
                    + (o.required() ? "" : " Empty: none.");
        }
        return note.endsWith(".") ? note : note + ".";
    }

    /** Lines of at most 110 characters, broken at spaces: a contract in a doc comment. */
    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 110) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String typeName(Call call) {
        return typeName(call.name());
    }

    /** sendChatMessage → SendChatMessage, imgUrl → ImgUrl. */
    private static String typeName(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
