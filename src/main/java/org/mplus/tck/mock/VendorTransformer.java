package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a vendor's lenient stubs strict: the model judges the request, the faults may replace the answer,
 * and every request lands in the request log; only an answered success lands in the message store.
 */
final class VendorTransformer extends KitTransformer {

    private final VendorModel model;
    private final String vendor;

    VendorTransformer(VendorModel model, MockState state) {
        super(model.profile().transformerName(), state);
        this.model = model;
        this.vendor = model.profile().vendor();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return answer(serveEvent.getRequest(), true);
    }

    /**
     * The model's answer; with {@code faults} false the faults switched on are not consulted (for
     * {@link DirectVendorAnswer}, which leaves every request to WireMock while one is on).
     */
    ResponseDefinition answer(Request request, boolean faults) {
        Endpoint endpoint = model.endpointOf(request);
        Accepted accepted;
        try {
            accepted = model.accept(request);
        } catch (Refused r) {
            return refuse(request, endpoint, r.refusal());
        } catch (RuntimeException e) {
            return refuse(request, endpoint, model.internalError(e));
        }
        Optional<Fault> fault = faults ? state.faults().match(vendor, accepted.accounts()) : Optional.empty();
        if (fault.isEmpty()) {
            return succeed(request, accepted);
        }
        Fault f = fault.get();
        return switch (f.type()) {
            case LATENCY -> ResponseDefinitionBuilder.like(succeed(request, accepted))
                    .withFixedDelay(f.delayMs()).build();
            case VENDOR_ERROR -> refuse(request, accepted.endpoint(), model.faultRefusal(f));
            case CONNECTION_RESET -> {
                note(request, accepted.endpoint(), f.type().wireName(), "fault: connection reset");
                yield ResponseDefinitionBuilder.responseDefinition()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
            }
            case MALFORMED_RESPONSE -> {
                note(request, accepted.endpoint(), f.type().wireName(), "fault: malformed response");
                String whole = accepted.answer().apply(List.of());
                yield JsonResponse.of(200, whole.substring(0, whole.length() / 2));
            }
        };
    }

    private ResponseDefinition succeed(Request request, Accepted accepted) {
        List<Delivery> delivered = new ArrayList<>(accepted.messages().size());
        for (Outgoing message : accepted.messages()) {
            delivered.add(state.deliver(vendor, message));
        }
        log(request, accepted.endpoint(), true, model.profile().successCode(), "success");
        return JsonResponse.of(200, accepted.answer().apply(delivered));
    }

    private ResponseDefinition refuse(Request request, Endpoint endpoint, Refusal refusal) {
        note(request, endpoint, refusal.code(), refusal.message());
        return JsonResponse.of(refusal.httpStatus(), model.refusalBody(refusal));
    }

    /** Logs a request that was not answered with success, and tells the live feed. */
    private void note(Request request, Endpoint endpoint, String code, String message) {
        log(request, endpoint, false, code, message);
        state.events().publish("refused", vendor, Map.of("path", VendorModel.pathOf(request),
                "endpoint", endpoint.name(), "code", code, "msg", message));
    }

    private void log(Request request, Endpoint endpoint, boolean accepted, String code, String message) {
        state.logRequest(vendor, request.getMethod().getName(), VendorModel.pathOf(request), endpoint, accepted, code,
                message, request.getBody());
    }
}
