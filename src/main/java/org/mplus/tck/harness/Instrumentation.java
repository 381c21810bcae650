package org.mplus.tck.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kit's side of instrument.js, the same for every engine: the scripts that drive it, and how its JSON
 * records read back into a {@link CallOutcome}.
 */
public final class Instrumentation {

    /** The page instrumentation, on the classpath. */
    public static final String RESOURCE = "org/mplus/tck/harness/instrument.js";
    /** "object" once the instrumentation is in the page. */
    public static final String PRESENT = "typeof window.__mplusTck";
    public static final String BRIDGE_SHAPE = "window.__mplusTck.bridgeShape()";

    /** Non-ASCII escaped: the call is JavaScript source, and U+2028 in a literal breaks older engines. */
    private static final ObjectMapper JS_LITERALS = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Instrumentation() {
    }

    /** Calls mplus[name] through the instrumentation; the script evaluates to true once the call returned. */
    public static String callScript(String id, String name, ObjectNode options, CallbackMode mode) {
        return "window.__mplusTck.call(" + literal(id) + "," + literal(name) + ","
                + (options == null ? "undefined" : literal(options)) + "," + literal(mode.js()) + ")";
    }

    /** Evaluates to the record of call id as JSON text, or null when this page never made that call. */
    public static String resultScript(String id) {
        return "window.__mplusTck.result(" + literal(id) + ")";
    }

    /** Offers a test hook: window[name] set to the value, every read of it by the bridge counted. */
    public static String setGlobalScript(String name, JsonNode value) {
        return "window.__mplusTck.offer(" + literal(name) + "," + literal(value) + ")";
    }

    /** A call's record, or null when the page gave none (it is gone, or never made the call). */
    public static JsonNode record(String id, Object text) {
        if (!(text instanceof CharSequence)) {
            return null;
        }
        try {
            return JSON.readTree(text.toString());
        } catch (JsonProcessingException e) {
            throw new HarnessError("the instrumentation's record of call " + id + " is not JSON: " + e.getMessage());
        }
    }

    public static JsonNode shape(Object text) {
        try {
            return JSON.readTree(String.valueOf(text));
        } catch (JsonProcessingException e) {
            throw new HarnessError("cannot read the bridge's shape: " + e.getMessage());
        }
    }

    /** How many callbacks a record counts (0 for no record). */
    public static int callbacks(JsonNode record) {
        return record == null ? 0
                : record.path("count").path("success").asInt() + record.path("count").path("fail").asInt();
    }

    /** The outcome a record shows; a null record is a call that never returned on this page. */
    public static CallOutcome outcome(String name, CallbackMode mode, JsonNode record, boolean settled,
            long elapsedMs, List<PageEvent> during) {
        if (record == null) {
            return new CallOutcome(name, mode, false, Optional.empty(), 0, 0, List.of(), settled, elapsedMs, 0, during,
                    List.of());
        }
        List<CallbackRecord> records = new ArrayList<>();
        for (JsonNode c : record.path("callbacks")) {
            records.add(new CallbackRecord(
                    c.path("name").asText(),
                    c.path("beforeReturn").asBoolean(),
                    c.path("atMs").asLong(),
                    c.path("argType").asText(),
                    c.path("arg"),
                    c.path("errMsgType").asText(),
                    c.path("errMsgLength").asInt(),
                    c.path("errMsg").isTextual() ? c.path("errMsg").asText() : null,
                    c.path("imTypeType").asText(),
                    c.path("imType")));
        }
        Optional<String> thrown = record.path("thrown").isTextual()
                ? Optional.of(record.path("thrown").asText()) : Optional.empty();
        List<String> consulted = new ArrayList<>();
        record.path("consulted").forEach(n -> consulted.add(n.asText()));
        return new CallOutcome(name, mode, record.path("returned").asBoolean(), thrown,
                record.path("count").path("success").asInt(), record.path("count").path("fail").asInt(),
                records, settled, elapsedMs, 0, during, consulted);
    }

    private static String literal(Object value) {
        try {
            return JS_LITERALS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new HarnessError("cannot write " + value + " as a JavaScript literal", e);
        }
    }
}
