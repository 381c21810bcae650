package org.mplus.tck.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * mplus.d.ts: TypeScript declarations of the calls (options, results, callbacks) for front-end developers'
 * editors, rendered from the catalog and the result schemas, served by the mock at /mplus.d.ts.
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

    private TypeScriptDeclarations() {
    }

    public static String render(Catalog catalog) {
        SchemaSet schemas = new SchemaSet();
        StringBuilder ts = new StringBuilder();
        ts.append("// mplus.d.ts: the mplus bridge's ").append(catalog.specTitle()).append(" for TypeScript and editors.\n")
                .append("// Generated from schemas/catalog.json by org.mplus.tck.spec.TypeScriptDeclarations; do not edit by hand\n")
                .append("// (regenerate: mvn -B test -Dtest=TypeScriptDeclarationsTest -Dmplus.tck.writeDocs=true).\n")
                .append("// Use: save it beside your code and add /// <reference path=\"mplus.d.ts\" /> (or list it in tsconfig).\n\n")
                .append("declare namespace mplus {\n")
                .append("  /** What fail(res) receives. */\n")
                .append("  interface FailResult {\n")
                .append("    /** 错误提示: why the call failed, for a person (a non-empty string). */\n")
                .append("    errMsg: string;\n")
                .append("    [field: string]: unknown;\n")
                .append("  }\n\n")
                .append("  /** What success(res) receives: an object; bridges may add fields, such as errMsg: 'sendChatMessage:ok'. */\n")
                .append("  interface SuccessResult {\n")
                .append("    errMsg?: string;\n")
                .append("    [field: string]: unknown;\n")
                .append("  }\n\n")
                .append("  /** Every call takes both, both optional: exactly one is called, once, after the call returned. */\n")
                .append("  interface Callbacks<Result> {\n")
                .append("    success?: (res: Result) => void;\n")
                .append("    fail?: (res: FailResult) => void;\n")
                .append("  }\n\n")
                .append("  /** http or https, in any case: the network images' schemes. */\n")
                .append("  type HttpScheme = `${'h' | 'H'}${'t' | 'T'}${'t' | 'T'}${'p' | 'P'}${'' | 's' | 'S'}`;\n");
        for (ValueFormat f : catalog.formats()) {
            String type = FORMAT_TYPES.get(f.name());
            if (type == null) {
                throw new IllegalStateException("no TypeScript type for the format " + f.name()
                        + ": add one to TypeScriptDeclarations.FORMAT_TYPES");
            }
            ts.append("\n  /** ").append(f.heading()).append(" (spec line ").append(f.line()).append("): ")
                    .append(f.summary()).append(" */\n")
                    .append("  type ").append(typeName(f.name())).append(" = ").append(type).append(";\n");
        }
        for (Call call : catalog.calls()) {
            String result = resultType(ts, call, catalog.successSchema(call, schemas));
            options(ts, catalog, call, result);
            function(ts, catalog, call);
        }
        ts.append("}\n");
        catalog.hooks().forEach(h -> hookType(ts, h));
        ts.append("\ninterface Window {\n")
                .append("  mplus: typeof mplus;\n");
        catalog.hooks().forEach(h -> ts.append("  /** Test hook, set by mplus-tck in its test pages only: ").append(h.plays())
                .append(". See ").append(typeName(h.name())).append(". */\n")
                .append("  ").append(h.name()).append("?: ").append(typeName(h.name())).append(";\n"));
        ts.append("}\n\n")
                .append("interface DocumentEventMap {\n")
                .append("  /** Dispatched on document once window.mplus is ready: document.addEventListener('plusready', …). */\n")
                .append("  plusready: Event;\n")
                .append("}\n");
        return ts.toString();
    }

    /** The success result's interface when its schema names fields (getImType), else SuccessResult. */
    private static String resultType(StringBuilder ts, Call call, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            return "SuccessResult";
        }
        String name = typeName(call) + "Result";
        ts.append("\n  /** ").append(call.name()).append("'s success(res). */\n")
                .append("  interface ").append(name).append(" extends SuccessResult {\n");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        properties.fields().forEachRemaining(p -> ts
                .append("    /** ").append(p.getValue().path("description").asText()).append(" */\n")
                .append("    ").append(p.getKey()).append(required.contains(p.getKey()) ? "" : "?").append(": ")
                .append(tsType(p.getValue())).append(";\n"));
        ts.append("  }\n");
        return name;
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

    private static void options(StringBuilder ts, Catalog catalog, Call call, String result) {
        ts.append("\n  /** The options of ").append(call.name()).append(" (").append(call.heading()).append("). */\n")
                .append("  interface ").append(typeName(call)).append("Options extends Callbacks<").append(result)
                .append("> {");
        if (call.options().isEmpty()) {
            ts.append("}\n");
            return;
        }
        ts.append('\n');
        for (CallOption o : call.options()) {
            ts.append("    /** ").append(o.description()).append(": ").append(optionNote(catalog, o)).append(" */\n")
                    .append("    ").append(o.name()).append(o.required() ? "" : "?").append(": ").append(optionType(o))
                    .append(";\n");
        }
        ts.append("  }\n");
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

    private static void function(StringBuilder ts, Catalog catalog, Call call) {
        List<String> vendors = call.vendors().stream()
                .map(t -> catalog.vendor(t).map(Vendor::label).orElseThrow()).toList();
        ts.append("\n  /**\n")
                .append("   * ").append(call.heading()).append(": ").append(call.summary()).append('\n')
                .append("   * Vendors: ").append(String.join(", ", vendors))
                .append(call.isVendorSpecific() ? "; on any other vendor it fails." : ".").append('\n');
        call.since().ifPresent(v -> ts.append("   * Since client ").append(v).append(".\n"));
        ts.append("   * Spec: ").append(catalog.spec().path()).append(", line ").append(call.line()).append(".\n")
                .append("   */\n")
                .append("  function ").append(call.name()).append("(options").append(call.options().isEmpty() ? "?" : "")
                .append(": ").append(typeName(call)).append("Options): void;\n");
    }

    /** A test hook's object: what the kit sets in it, and the contract a bridge's test build follows. */
    private static void hookType(StringBuilder ts, TestHook hook) {
        ts.append("\n/**\n * window.").append(hook.name()).append(": ").append(hook.plays()).append(", played by mplus-tck.\n");
        for (String line : wrap(hook.contract())) {
            ts.append(" * ").append(line).append('\n');
        }
        ts.append(" * Calls: ").append(String.join(", ", hook.calls())).append(". Guide: docs/hooks.md.\n */\n")
                .append("interface ").append(typeName(hook.name())).append(" {\n");
        for (TestHook.Field f : hook.fields()) {
            ts.append("  /** ").append(f.description()).append(". */\n")
                    .append("  ").append(f.name()).append(": ").append(f.type()).append(";\n");
        }
        ts.append("}\n");
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
