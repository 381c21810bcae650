package org.mplus.tck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Delivery;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.VendorRequest;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/** Observations built by hand, as a page and the vendor mock would have recorded them: the judge needs no page. */
public final class Recorded {

    public static final Catalog CATALOG = Catalog.standard();
    public static final Vendor RONGLIAN = CATALOG.vendor(1).orElseThrow();
    public static final Vendor XIANWEI = CATALOG.vendor(0).orElseThrow();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Recorded() {
    }

    /** A call of {@code call} on {@code vendor}: what the page saw, and what the vendors received meanwhile. */
    public static Observation observation(String call, Vendor vendor, CallOutcome outcome, Traffic traffic) {
        return new Observation(CATALOG.call(call).orElseThrow(), vendor, outcome, traffic);
    }

    /** A call on 容联云 that sent nothing. */
    public static Observation observation(String call, CallOutcome outcome) {
        return observation(call, RONGLIAN, outcome, nothingSent());
    }

    /** A call on 容联云 that got no callback. */
    public static Observation observation(String call, Traffic traffic) {
        return observation(call, RONGLIAN, quiet(), traffic);
    }

    /** The call returned, made these callbacks, and the page went quiet. */
    public static CallOutcome answered(CallbackRecord... callbacks) {
        List<CallbackRecord> list = List.of(callbacks);
        return new CallOutcome("sendChatMessage", CallbackMode.BOTH, true, Optional.empty(),
                (int) list.stream().filter(CallbackRecord::isSuccess).count(),
                (int) list.stream().filter(CallbackRecord::isFail).count(), list, true, 40, 0, List.of(), List.of());
    }

    /** No callback, and the page went quiet: nothing left that could call back. */
    public static CallOutcome quiet() {
        return answered();
    }

    /** No callback when the kit's clock ran out, with work still pending on the page. */
    public static CallOutcome unanswered() {
        return new CallOutcome("sendChatMessage", CallbackMode.BOTH, true, Optional.empty(), 0, 0, List.of(), false,
                5000, 0, List.of(), List.of());
    }

    /** The call threw, and called back nothing. */
    public static CallOutcome threw(String error) {
        return new CallOutcome("sendChatMessage", CallbackMode.NONE, false, Optional.of(error), 0, 0, List.of(), true,
                40, 0, List.of(), List.of());
    }

    /** No callback asked for, none made, and this event on the page. */
    public static CallOutcome withEvent(PageEvent event) {
        return new CallOutcome("sendChatMessage", CallbackMode.NONE, true, Optional.empty(), 0, 0, List.of(), true,
                40, 0, List.of(event), List.of());
    }

    /** success(res) after the call returned, {@code atMs} after it. */
    public static CallbackRecord success(ObjectNode res, long atMs) {
        return callback("success", false, atMs, res);
    }

    public static CallbackRecord success(ObjectNode res) {
        return success(res, 12);
    }

    /** success(res) with res.imType this JSON value. */
    public static CallbackRecord successWithImType(JsonNode imType) {
        return success(JSON.objectNode().set("imType", imType));
    }

    /** success called with a primitive or nothing: argType is its typeof. */
    public static CallbackRecord successWith(String argType, JsonNode arg) {
        return new CallbackRecord("success", false, 12, argType, arg, "undefined", 0, null, "undefined", null);
    }

    /** success({}) before the call returned. */
    public static CallbackRecord successBeforeReturn() {
        return callback("success", true, 0, JSON.objectNode());
    }

    public static CallbackRecord fail(String errMsg) {
        return callback("fail", false, 12, JSON.objectNode().put("errMsg", errMsg));
    }

    /** fail(res) with res.errMsg this JSON value (a number, null...). */
    public static CallbackRecord failWithErrMsg(JsonNode errMsg) {
        return callback("fail", false, 12, JSON.objectNode().set("errMsg", errMsg));
    }

    public static ObjectNode res() {
        return JSON.objectNode();
    }

    public static JsonNodeFactory json() {
        return JSON;
    }

    private static CallbackRecord callback(String name, boolean beforeReturn, long atMs, ObjectNode arg) {
        JsonNode errMsg = arg.get("errMsg");
        JsonNode imType = arg.get("imType");
        return new CallbackRecord(name, beforeReturn, atMs, "object", arg, typeOf(errMsg),
                errMsg != null && errMsg.isTextual() ? errMsg.asText().length() : 0,
                errMsg != null && errMsg.isTextual() ? errMsg.asText() : null, typeOf(imType), imType);
    }

    private static String typeOf(JsonNode node) {
        if (node == null) {
            return "undefined";
        }
        return node.isTextual() ? "string" : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "object";
    }

    public static Traffic nothingSent() {
        return new Traffic(List.of(), List.of());
    }

    /** Each delivery went out in its own accepted send request. */
    public static Traffic delivered(Delivery... deliveries) {
        List<VendorRequest> sends = List.of(deliveries).stream().map(d -> send(d.vendor(), "000000")).toList();
        return new Traffic(sends, List.of(deliveries));
    }

    /** A send the vendor answered with this code, and nothing delivered. */
    public static Traffic refused(String vendor, String code) {
        return new Traffic(List.of(send(vendor, code)), List.of());
    }

    /** Only a lookup: the vendor was asked about an account, and nothing was sent. */
    public static Traffic lookedUp(String vendor) {
        return new Traffic(List.of(new VendorRequest(1, vendor, "GET", "/users/lisi", Endpoint.USER_LOOKUP, true,
                "000000", "", "ok", Instant.EPOCH)), List.of());
    }

    public static VendorRequest send(String vendor, String code) {
        return new VendorRequest(1, vendor, "POST", "/send", Endpoint.SEND, code.equals("000000"), code, "{}",
                code.equals("000000") ? "ok" : "refused", Instant.EPOCH);
    }

    public static Delivery delivery(Vendor vendor, String to, ChatType type, String content) {
        return new Delivery(1, vendor.code(), "zhangsan", to, type, content, null, Instant.EPOCH);
    }

    public static Delivery card(Vendor vendor, String to, String content, String extension) {
        return new Delivery(1, vendor.code(), "zhangsan", to, ChatType.USER, content, extension, Instant.EPOCH);
    }
}
