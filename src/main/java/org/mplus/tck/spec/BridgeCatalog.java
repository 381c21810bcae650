package org.mplus.tck.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.StringJoiner;

/**
 * The reference bridge's copy of the catalog: the calls, their options and the vendors, as a JavaScript object
 * between the lines {@code // <catalog>} and {@code // </catalog>} of mock-server/__files/mplus.js, which checks
 * every call's arguments against it. Generated, so that the catalog stays the only list of the calls.
 */
public final class BridgeCatalog {

    public static final String BEGIN = "  // <catalog>";
    public static final String END = "  // </catalog>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BridgeCatalog() {
    }

    /** The lines between the markers, each ending in a newline. */
    public static String render(Catalog catalog) {
        StringBuilder js = new StringBuilder();
        js.append("  // Generated from schemas/catalog.json by org.mplus.tck.spec.BridgeCatalog; do not edit by hand\n")
                .append("  // (regenerate: mvn -B test -Dtest=BridgeCatalogTest -Dmplus.tck.writeDocs=true).\n")
                .append("  var CATALOG = {\n    vendors: [\n");
        StringJoiner vendors = new StringJoiner(",\n", "", "\n");
        for (Vendor v : catalog.vendors()) {
            vendors.add("      " + json(JSON.createObjectNode().put("imType", v.imType()).put("code", v.code())
                    .put("name", v.name()).put("english", v.english())));
        }
        js.append(vendors).append("    ],\n    calls: {\n");
        StringJoiner calls = new StringJoiner(",\n", "", "\n");
        for (Call call : catalog.calls()) {
            ObjectNode head = JSON.createObjectNode().put("kind", call.kind().name().toLowerCase(java.util.Locale.ROOT));
            call.vendors().forEach(head.putArray("vendors")::add);
            head.put("since", call.since().map(ClientVersion::toString).orElse(null));
            String opening = json(head);
            StringJoiner options = new StringJoiner(",\n", "[\n", "]");
            options.setEmptyValue("[]");
            call.options().forEach(o -> options.add("        " + json(option(o))));
            calls.add("      " + call.name() + ": " + opening.substring(0, opening.length() - 1) + ",\"options\":"
                    + options + "}");
        }
        return js.append(calls).append("    }\n  };\n").toString();
    }

    private static ObjectNode option(CallOption o) {
        ObjectNode n = JSON.createObjectNode().put("name", o.name()).put("description", o.description())
                .put("required", o.required());
        o.account().ifPresent(a -> n.put("account", a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        o.format().ifPresent(f -> n.put("format", f));
        return n;
    }

    /** The text between the marker lines of {@code source}. */
    public static String block(String source) {
        int begin = source.indexOf(BEGIN + "\n");
        int end = source.indexOf(END + "\n");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("mplus.js has no \"" + BEGIN.strip() + "\" … \"" + END.strip()
                    + "\" block");
        }
        return source.substring(begin + BEGIN.length() + 1, end);
    }

    /** {@code source} with the text between its marker lines replaced by {@code block}. */
    public static String splice(String source, String block) {
        String old = block(source);
        int at = source.indexOf(BEGIN + "\n") + BEGIN.length() + 1;
        return source.substring(0, at) + block + source.substring(at + old.length());
    }

    private static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + node, e);
        }
    }
}
