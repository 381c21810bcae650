package org.mplus.tck.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of schemas/examples/formats.json, the example set shared by every implementation of the imgUrl and
 * link grammars (see the file's "fields" for what each field means).
 */
public record FormatExample(String format, String value, boolean valid, List<String> rules, OptionalInt index,
        Optional<JsonNode> spec, Optional<JsonNode> parts, List<String> warnings, String note) {

    public static final String PATH = "schemas/examples/formats.json";
    public static final String IMG_URL = "imgUrl";
    public static final String LINK = "link";

    public static List<FormatExample> all(String format) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(KitResources.read(PATH));
        } catch (IOException e) {
            throw new UncheckedIOException(PATH + " is not JSON: " + e.getMessage(), e);
        }
        List<FormatExample> out = new ArrayList<>();
        root.path(format).forEach(n -> out.add(new FormatExample(format, n.path("value").asText(),
                n.path("valid").asBoolean(), texts(n.path("rules")),
                n.has("index") ? OptionalInt.of(n.path("index").asInt()) : OptionalInt.empty(),
                Optional.ofNullable(n.get("spec")), Optional.ofNullable(n.get("parts")), texts(n.path("warnings")),
                n.path("note").asText())));
        if (out.isEmpty()) {
            throw new IllegalStateException(PATH + " has no \"" + format + "\" examples");
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** How a test names the example: format, the value as shown on a terminal, and the note. */
    @Override
    public String toString() {
        return format + " \"" + VisibleText.render(value) + "\" (" + note + ")";
    }
}
