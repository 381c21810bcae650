package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Reads a vendor request's body as one JSON object, strictly, answering the vendor's error for each flaw. */
public final class JsonRequestBody {

    // Strict on purpose: a duplicate key or trailing garbage is a body the real vendor may read differently.
    // A reader, not the mapper: it finds the tree deserializer once, not on every request.
    private static final ObjectReader STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(JsonNode.class);

    private JsonRequestBody() {
    }

    /** The body's fields, after the size, Content-Type and JSON checks; throws {@link Refused}. */
    public static JsonFields read(Request request, BodyRules rules) {
        String cut = request.getHeader(BodyCap.HEADER);
        byte[] body = request.getBody();
        if (BodyCap.Cut.TOO_LARGE.value.equals(cut) || body != null && body.length > rules.maxBytes()) {
            throw rules.tooLarge().refused();
        }
        if (!isJsonUtf8(request.getHeader("Content-Type"))) {
            throw rules.wrongType().refused();
        }
        if (BodyCap.Cut.INCOMPLETE.value.equals(cut) || body == null || body.length == 0) {
            throw rules.notJson().refused();
        }
        JsonNode root;
        try {
            root = STRICT.readTree(strictUtf8(body));
        } catch (IOException e) {
            throw rules.notJson().refused();
        }
        if (!(root instanceof ObjectNode) || hasLoneSurrogate(root)) {
            throw rules.notJson().refused();
        }
        return new JsonFields((ObjectNode) root, rules.missingField(), rules.wrongFieldType());
    }

    /**
     * The body as text, refusing what Java would otherwise replace or read loosely: malformed or overlong
     * sequences, encoded surrogates. A message is stored as sent or not at all.
     */
    private static String strictUtf8(byte[] body) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    }

    /**
     * Whether a string or key holds half a surrogate pair, as a JSON escape ("\ud800") can: UTF-8 has no way to
     * store it, so it would come out of the store as "?".
     */
    private static boolean hasLoneSurrogate(JsonNode node) {
        if (node.isTextual()) {
            return hasLoneSurrogate(node.textValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (hasLoneSurrogate(field.getKey()) || hasLoneSurrogate(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasLoneSurrogate(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * application/json, with no charset or utf-8. Read here rather than with WireMock's ContentTypeHeader,
     * which compiles a regular expression on every call.
     */
    private static boolean isJsonUtf8(String header) {
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";");
        if (parts.length == 0 || !parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equals("charset")) {
                String c = p.substring(eq + 1).trim().replace("\"", "").toLowerCase(Locale.ROOT);
                return c.equals("utf-8") || c.equals("utf8");
            }
        }
        return true;
    }
}
