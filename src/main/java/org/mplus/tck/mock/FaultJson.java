package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A fault in the admin API's JSON: {"vendor","account","type","code","message","delayMs"}. */
final class FaultJson {

    static final String SHAPE = "{\"vendor\":\"<vendor code>\"|\"*\",\"account\":null|\"lisi\","
            + "\"type\":\"vendor-error\"|\"latency\"|\"connection-reset\"|\"malformed-response\","
            + "\"code\":…,\"message\":…,\"delayMs\":…}";

    private FaultJson() {
    }

    /** Reads a fault; anything missing, unknown or mistyped is an IllegalArgumentException that says so. */
    static Fault read(JsonNode n) {
        String typeName = n.path("type").asText();
        FaultType type = FaultType.fromWireName(typeName).orElseThrow(() -> new IllegalArgumentException(
                "type must be vendor-error, latency, connection-reset or malformed-response, not \"" + typeName
                        + "\""));
        JsonNode delay = n.path("delayMs");
        if (!delay.isMissingNode() && !delay.isNull() && !delay.isInt()) {
            throw new IllegalArgumentException("delayMs must be a whole number of milliseconds");
        }
        return new Fault(optionalText(n, "vendor").orElse(Fault.ANY_VENDOR), optionalText(n, "account"), type,
                code(n.path("code")), optionalText(n, "message").orElse(null), delay.asInt(0));
    }

    static ObjectNode write(ActiveFault active) {
        Fault f = active.fault();
        ObjectNode n = JsonResponse.MAPPER.createObjectNode().put("id", active.id()).put("vendor", f.vendor())
                .put("account", f.account().orElse(null)).put("type", f.type().wireName()).put("code", f.code())
                .put("message", f.message());
        return n.put("delayMs", f.delayMs());
    }

    private static String code(JsonNode code) {
        if (code.isMissingNode() || code.isNull()) {
            return null;
        }
        if (code.isIntegralNumber() || code.isTextual()) {
            return code.asText();
        }
        throw new IllegalArgumentException("code must be a number or a string of digits");
    }

    private static Optional<String> optionalText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException(field + " must be a non-empty string or null");
        }
        return Optional.of(v.asText());
    }
}
