package org.mplus.tck.harness;

import java.util.List;
import java.util.stream.Collectors;
import org.mplus.tck.mock.Delivery;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.VendorRequest;

/** What the vendor mock received during one scenario: every request, and the deliveries it accepted. */
public record Traffic(List<VendorRequest> requests, List<Delivery> deliveries) {

    public Traffic {
        requests = List.copyOf(requests);
        deliveries = List.copyOf(deliveries);
    }

    /** Requests that tried to send a message, accepted or not. */
    public List<VendorRequest> sends() {
        return requests.stream().filter(r -> r.endpoint() == Endpoint.SEND).toList();
    }

    public String describe() {
        if (requests.isEmpty()) {
            return "the vendors received no request";
        }
        String reqs = requests.stream()
                .map(r -> r.vendor() + " " + r.method() + " " + r.path() + " → " + r.outcomeCode()
                        + (r.accepted() ? "" : " (" + r.outcomeMessage() + ")"))
                .collect(Collectors.joining("; "));
        String dels = deliveries.isEmpty() ? "nothing delivered" : deliveries.stream()
                .map(d -> d.vendor() + " delivered " + MessageQuote.of(d.content()) + " from " + d.from() + " to "
                        + d.chatType().name().toLowerCase(java.util.Locale.ROOT) + " " + d.to())
                .collect(Collectors.joining("; "));
        return "the vendors received: " + reqs + "; " + dels;
    }
}
