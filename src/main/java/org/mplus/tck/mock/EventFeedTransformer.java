package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /__tck/events: GET ?after=N polls the live feed; POST lets the bridge report what only it sees (a chat
 * screen opened, a share made).
 */
final class EventFeedTransformer extends KitTransformer {

    static final String NAME = "tck-events";
    static final Set<String> POSTABLE = Set.of("chat-opened", "shared");
    /** The feed sets these itself; a report cannot. */
    private static final Set<String> RESERVED = Set.of("type", "vendor", "seq", "at");
    static final int MAX_POST_BYTES = 16 * 1024;


    EventFeedTransformer(MockState state) {
        super(NAME, state);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        if (RequestMethod.POST.equals(request.getMethod())) {
            return post(request);
        }
        QueryParameter after = request.queryParameter("after");
        String text = after.isPresent() ? after.firstValue() : "0";
        if (!text.matches("[0-9]{1,18}")) {
            return JsonResponse.error(400, "after must be a whole number (the last seq you got), not " + text);
        }
        return JsonResponse.of(200, page(state.events(), Long.parseLong(text)));
    }

    static ObjectNode page(EventFeed feed, long after) {
        List<TckEvent> events = feed.after(after);
        ObjectNode root = JsonResponse.MAPPER.createObjectNode().put("run", feed.run());
        ArrayNode list = root.putArray("events");
        events.forEach(e -> list.add(json(e)));
        root.put("last", events.isEmpty() ? feed.last() : events.get(events.size() - 1).seq());
        return root;
    }

    static ObjectNode json(TckEvent e) {
        ObjectNode n = JsonResponse.MAPPER.createObjectNode().put("seq", e.seq()).put("at", e.at().toString())
                .put("type", e.type()).put("vendor", e.vendor());
        e.data().forEach((k, v) -> n.set(k, JsonResponse.MAPPER.valueToTree(v)));
        return n;
    }

    private ResponseDefinition post(Request request) {
        byte[] body = request.getBody();
        if (body == null || body.length == 0 || body.length > MAX_POST_BYTES) {
            return JsonResponse.error(400, "post one JSON object of at most " + MAX_POST_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JsonResponse.MAPPER.readTree(body);
        } catch (IOException e) {
            return JsonResponse.error(400, "the event is not JSON: " + e.getClass().getSimpleName());
        }
        if (root == null || !root.isObject() || !POSTABLE.contains(root.path("type").asText())) {
            return JsonResponse.error(400, "post {\"type\":\"chat-opened\"|\"shared\", …}");
        }
        JsonNode vendor = root.path("vendor");
        Map<String, Object> data = new LinkedHashMap<>();
        root.fields().forEachRemaining(f -> {
            if (!RESERVED.contains(f.getKey()) && !f.getValue().isNull()) {
                data.put(f.getKey(), JsonResponse.MAPPER.convertValue(f.getValue(), Object.class));
            }
        });
        TckEvent e = state.events().publish(root.path("type").asText(), vendor.isTextual() ? vendor.asText() : null,
                data);
        return JsonResponse.of(201, JsonResponse.MAPPER.createObjectNode().put("seq", e.seq()));
    }
}
