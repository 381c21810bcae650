package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;

/** JSON answers in UTF-8 (the models' messages are Chinese), from text or from any Jackson-writable value. */
public final class JsonResponse {

    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonResponse() {
    }

    public static ResponseDefinition of(int status, String json) {
        return builder(status, json).build();
    }

    public static ResponseDefinition of(int status, Object value) {
        return of(status, write(value));
    }

    /** The builder, for answers that add a delay or a fault. */
    static ResponseDefinitionBuilder builder(int status, String json) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", CONTENT_TYPE)
                .withBody(json.getBytes(StandardCharsets.UTF_8));
    }

    /** An admin or kit endpoint's complaint about its input. */
    public static ResponseDefinition error(int status, String message) {
        return of(status, MAPPER.createObjectNode().put("error", message));
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
