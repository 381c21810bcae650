package org.mplus.tck.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the kit's WireMock extensions share: who exists, what was delivered and asked, the faults,
 * the live feed and the vendor the mock client runs on. One per server; every part is thread-safe.
 */
public final class MockState {

    private final int startImType;
    private final MockVendors vendors;
    private final AccountDirectory directory;
    private final List<VendorModel> models;
    private final BoundedLog<Delivery> deliveries;
    private final BoundedLog<VendorRequest> requests;
    private final EventFeed events;
    private final FaultSwitch faults;
    private final AtomicInteger imType;
    private final Fixture client;

    /**
     * @param fixture everything the vendors know at start: fixture.json and the accounts added to it
     * @param client  fixture.json alone: the mock client signs with its first credentials of each vendor
     * @param vendors the vendors served, each with its plug-in
     */
    MockState(Fixture fixture, Fixture client, MockVendors vendors, int imType, int storeCap) {
        this.vendors = vendors;
        this.startImType = vendors.checkImType(imType);
        this.client = client;
        this.directory = new AccountDirectory(fixture);
        this.models = vendors.models(directory);
        this.deliveries = new BoundedLog<>(storeCap);
        this.requests = new BoundedLog<>(storeCap);
        this.events = new EventFeed(storeCap);
        this.faults = new FaultSwitch(events, models.stream().map(VendorModel::profile).toList());
        this.imType = new AtomicInteger(imType);
    }

    /** The vendors served, each with its plug-in. */
    public MockVendors vendors() {
        return vendors;
    }

    /** Each vendor's wire model, in the catalog's order. */
    List<VendorModel> models() {
        return models;
    }

    public AccountDirectory directory() {
        return directory;
    }

    /**
     * The demo credentials of fixture.json that the mock client (the reference bridge on any page) signs with:
     * served to every origin, so never the accounts added with --accounts, a profile or the admin API.
     */
    Fixture client() {
        return client;
    }

    public FaultSwitch faults() {
        return faults;
    }

    public EventFeed events() {
        return events;
    }

    public int imType() {
        return imType.get();
    }

    /** @throws IllegalArgumentException for an imType that is no vendor's */
    public void setImType(int value) {
        String code = vendors.byImType(vendors.checkImType(value)).orElseThrow().code();
        if (imType.getAndSet(value) != value) {
            events.publish("im-type-changed", code, Map.of("imType", value));
        }
    }

    public List<Delivery> deliveries() {
        return deliveries.snapshot();
    }

    public List<VendorRequest> vendorRequests() {
        return requests.snapshot();
    }

    void clearDeliveries() {
        deliveries.clear();
    }

    /** Messages between the signed-in user and {@code account} (a user or a group), oldest first. */
    public List<Delivery> conversation(String vendor, String account) {
        String me = directory.signedInUser().account();
        return deliveries.select(d -> d.vendor().equals(vendor) && (d.chatType() == ChatType.GROUP
                ? d.to().equals(account)
                : d.from().equals(me) && d.to().equals(account) || d.from().equals(account) && d.to().equals(me)),
                Integer.MAX_VALUE);
    }

    Delivery deliver(String vendor, Outgoing message) {
        Instant at = Instant.now();
        Delivery d = deliveries.append(seq -> message.delivered(seq, vendor, at));
        events.publish("delivered", vendor, Map.of("deliverySeq", d.seq(), "from", d.from(), "to", d.to(),
                "chatType", d.chatType().name().toLowerCase(Locale.ROOT), "content", d.content()));
        return d;
    }

    VendorRequest logRequest(String vendor, String method, String path, Endpoint endpoint, boolean accepted,
            String outcomeCode, String outcomeMessage, byte[] body) {
        Instant at = Instant.now();
        String cut = cut(body);
        return requests.append(seq -> new VendorRequest(seq, vendor, method, path, endpoint, accepted, outcomeCode,
                cut, outcomeMessage, at));
    }

    /** The body as text, at most BODY_CAP characters, without decoding more of a huge body than that needs. */
    private static String cut(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 4 * VendorRequest.BODY_CAP), StandardCharsets.UTF_8);
        return text.length() > VendorRequest.BODY_CAP ? text.substring(0, VendorRequest.BODY_CAP) : text;
    }

    /** Back to the start: no deliveries, requests, faults or events; the fixture; the starting imType. */
    void reset() {
        deliveries.clear();
        requests.clear();
        faults.clear();
        events.clear();
        directory.reset();
        imType.set(startImType);
    }
}
