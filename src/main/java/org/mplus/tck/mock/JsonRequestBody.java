package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.util.Locale;

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
        byte[] body = request.getBody();
        if (body != null && body.length > rules.maxBytes()) {
            throw rules.tooLarge().refused();
        }
        if (!isJsonUtf8(request.getHeader("Content-Type"))) {
            throw rules.wrongType().refused();
        }
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : STRICT.readTree(body);
        } catch (IOException e) {
            throw rules.notJson().refused();
        }
        if (!(root instanceof ObjectNode)) {
            throw rules.notJson().refused();
        }
        return new JsonFields((ObjectNode) root, rules.missingField(), rules.wrongFieldType());
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
