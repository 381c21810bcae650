package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed access to a request body's fields; a missing or mistyped field throws the vendor's {@link Refused}. */
public final class JsonFields {

    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,6}");

    private final ObjectNode node;
    private final VendorError missing;
    private final VendorError wrongType;

    JsonFields(ObjectNode node, VendorError missing, VendorError wrongType) {
        this.node = node;
        this.missing = missing;
        this.wrongType = wrongType;
    }

    /** A required string (it may be empty: emptiness is each model's own check). */
    public String text(String field) {
        JsonNode v = required(field);
        if (!v.isTextual()) {
            throw wrongType.refused(field);
        }
        return v.asText();
    }

    public Optional<String> optionalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw wrongType.refused(field);
        }
        return Optional.of(v.asText());
    }

    /**
     * A required small number sent as a JSON integer or as a string (容联云 clients do both). A string that
     * is not a plain integer gives -1, which no field accepts, so the caller answers its value error.
     */
    public int number(String field) {
        JsonNode v = required(field);
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            return SMALL_NUMBER.matcher(v.asText()).matches() ? Integer.parseInt(v.asText()) : -1;
        }
        throw wrongType.refused(field);
    }

    /** A required array of strings. */
    public List<String> texts(String field) {
        JsonNode v = required(field);
        if (!v.isArray()) {
            throw wrongType.refused(field);
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw wrongType.refused(field);
            }
            out.add(item.asText());
        }
        return out;
    }

    /** An optional JSON object, returned as compact JSON text. */
    public Optional<String> optionalObjectText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw wrongType.refused(field);
        }
        return Optional.of(v.toString());
    }

    private JsonNode required(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw missing.refused(field);
        }
        return v;
    }
}
