package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.util.Locale;

/** Reads a vendor request's body as one JSON object, strictly, answering the vendor's error for each flaw. */
public final class JsonRequestBody {

    // Strict on purpose: a duplicate key or trailing garbage is a body the real vendor may read differently.
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRequestBody() {
    }

    /** The body's fields, after the size, Content-Type and JSON checks; throws {@link Refused}. */
    public static JsonFields read(Request request, BodyRules rules) {
        byte[] body = request.getBody();
        if (body != null && body.length > rules.maxBytes()) {
            throw rules.tooLarge().refused();
        }
        if (!isJsonUtf8(request.contentTypeHeader())) {
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

    private static boolean isJsonUtf8(ContentTypeHeader header) {
        if (header == null || !header.isPresent()) {
            return false;
        }
        String mime = header.mimeTypePart();
        if (mime == null || !mime.trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        return header.encodingPart().map(c -> c.trim().replace("\"", "").toLowerCase(Locale.ROOT))
                .map(c -> c.equals("utf-8") || c.equals("utf8")).orElse(true);
    }
}
