package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Optional;

/**
 * The kit's admin API under /__admin/tck/: the vendors served, vendor switch, deliveries, request log, faults, accounts and
 * reset. It sits behind WireMock's admin authenticator, so it needs the token whenever the admin API does, and
 * answers the mock's own pages and programs only ({@link SameOriginPolicy}).
 */
final class TckAdminApi implements AdminApiExtension {

    private final MockState state;
    private final Runnable reset;

    TckAdminApi(MockState state, Runnable reset) {
        this.state = state;
        this.reset = reset;
    }

    @Override
    public String getName() {
        return "tck-admin";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/tck/vendors", (admin, event, params) -> vendors());
        router.add(RequestMethod.GET, "/tck/im-type", (admin, event, params) -> imType());
        router.add(RequestMethod.PUT, "/tck/im-type", (admin, event, params) -> setImType(event));
        router.add(RequestMethod.GET, "/tck/deliveries", (admin, event, params) -> list("deliveries",
                state.deliveries()));
        router.add(RequestMethod.DELETE, "/tck/deliveries", (admin, event, params) -> {
            state.clearDeliveries();
            return list("deliveries", state.deliveries());
        });
        router.add(RequestMethod.GET, "/tck/requests", (admin, event, params) -> list("requests",
                state.vendorRequests()));
        router.add(RequestMethod.GET, "/tck/faults", (admin, event, params) -> faults());
        router.add(RequestMethod.POST, "/tck/faults", (admin, event, params) -> addFault(event));
        router.add(RequestMethod.DELETE, "/tck/faults", (admin, event, params) -> {
            state.faults().clear();
            return faults();
        });
        router.add(RequestMethod.DELETE, "/tck/faults/{id}", (admin, event, params) ->
                state.faults().remove(params.get("id")) ? faults()
                        : JsonResponse.error(404, "no fault " + params.get("id") + " is on"));
        router.add(RequestMethod.GET, "/tck/accounts", (admin, event, params) ->
                JsonResponse.of(200, state.directory().snapshot().toJson()));
        router.add(RequestMethod.POST, "/tck/accounts", (admin, event, params) -> addAccounts(event));
        router.add(RequestMethod.POST, "/tck/reset", (admin, event, params) -> {
            reset.run();
            return imType();
        });
    }

    private ResponseDefinition imType() {
        return JsonResponse.of(200, JsonResponse.MAPPER.createObjectNode().put("imType", state.imType()));
    }

    /** The vendors served, as the catalog gives them: what the console draws a switch, a column and faults for. */
    private ResponseDefinition vendors() {
        ObjectNode root = JsonResponse.MAPPER.createObjectNode();
        root.set("vendors", state.vendors().json());
        return JsonResponse.of(200, root);
    }

    private ResponseDefinition setImType(ServeEvent event) {
        JsonNode value = body(event).map(n -> n.get("imType")).orElse(null);
        if (value == null || !value.isInt() || state.vendors().byImType(value.intValue()).isEmpty()) {
            return JsonResponse.error(400, "send {\"imType\":N} where N is " + state.vendors().imTypes());
        }
        state.setImType(value.intValue());
        return imType();
    }

    private static ResponseDefinition list(String name, Object items) {
        ObjectNode root = JsonResponse.MAPPER.createObjectNode();
        root.set(name, JsonResponse.MAPPER.valueToTree(items));
        return JsonResponse.of(200, root);
    }

    private ResponseDefinition faults() {
        ObjectNode root = JsonResponse.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("faults");
        state.faults().list().forEach(f -> list.add(FaultJson.write(f)));
        return JsonResponse.of(200, root);
    }

    private ResponseDefinition addFault(ServeEvent event) {
        Optional<JsonNode> body = body(event);
        if (body.isEmpty()) {
            return JsonResponse.error(400, "send a fault as a JSON object: " + FaultJson.SHAPE);
        }
        try {
            Fault fault = FaultJson.read(body.get());
            String id = state.faults().add(fault);
            return JsonResponse.of(201, FaultJson.write(new ActiveFault(id, fault)));
        } catch (IllegalArgumentException e) {
            return JsonResponse.error(400, e.getMessage());
        }
    }

    private ResponseDefinition addAccounts(ServeEvent event) {
        try {
            state.directory().add(event.getRequest().getBodyAsString());
            return JsonResponse.of(200, state.directory().snapshot().toJson());
        } catch (IllegalArgumentException e) {
            return JsonResponse.error(400, e.getMessage());
        }
    }

    private static Optional<JsonNode> body(ServeEvent event) {
        try {
            JsonNode n = JsonResponse.MAPPER.readTree(event.getRequest().getBody());
            return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
