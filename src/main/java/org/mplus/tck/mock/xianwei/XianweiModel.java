package org.mplus.tck.mock.xianwei;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mplus.tck.mock.Accepted;
import org.mplus.tck.mock.AccountDirectory;
import org.mplus.tck.mock.BodyRules;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.Fault;
import org.mplus.tck.mock.Group;
import org.mplus.tck.mock.JsonRequestBody;
import org.mplus.tck.mock.Refusal;
import org.mplus.tck.mock.SendChecks;
import org.mplus.tck.mock.User;
import org.mplus.tck.mock.VendorModel;
import org.mplus.tck.mock.VendorProfile;
import org.mplus.tck.spec.MessageLimit;
import org.mplus.tck.spec.Vendor;

/**
 * The 先维IM model, designed by the kit (no public server API is known): JSON over HTTP under /im/v1/,
 * bearer-token auth per app, user and group sends, user and group lookups. See mock-server/README.md.
 */
public final class XianweiModel implements VendorModel {

    public static final String BASE = "/im/v1";
    public static final String APP_HEADER = "X-Xianwei-App";
    public static final String SUCCESS = "0";
    /** The transformer its stubs name. */
    public static final String TRANSFORMER = "xianwei-im";

    private static final Pattern PATH = Pattern.compile("^" + BASE + "/(?:(messages)|users/([^/]+)|groups/([^/]+))$");
    private static final BodyRules BODY = new BodyRules(BodyRules.VENDOR_MAX_BYTES, XianweiError.BODY_TOO_LARGE,
            XianweiError.WRONG_CONTENT_TYPE, XianweiError.NOT_JSON, XianweiError.MISSING_FIELD,
            XianweiError.WRONG_FIELD_TYPE);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SendChecks SEND = new SendChecks(XianweiError.NO_SUCH_SENDER, XianweiError.NO_SUCH_RECEIVER,
            XianweiError.SENDER_NOT_MEMBER);

    private final AccountDirectory directory;
    private final VendorProfile profile;
    private final MessageLimit limit;

    /** @param vendor its catalog entry: its code and message limit */
    public XianweiModel(Vendor vendor, AccountDirectory directory) {
        this.directory = directory;
        this.profile = new VendorProfile(vendor.code(), TRANSFORMER, SUCCESS);
        this.limit = vendor.messageLimit();
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public String paths() {
        return BASE + "/.*";
    }

    @Override
    public Endpoint endpointOf(Request request) {
        Matcher m = PATH.matcher(VendorModel.pathOf(request));
        if (!m.matches()) {
            return Endpoint.OTHER;
        }
        return m.group(1) != null ? Endpoint.SEND : m.group(2) != null ? Endpoint.USER_LOOKUP : Endpoint.GROUP_LOOKUP;
    }

    @Override
    public Refusal unroutable() {
        return XianweiError.NO_SUCH_ENDPOINT.refusal();
    }

    @Override
    public Accepted accept(Request request) {
        Endpoint endpoint = endpointOf(request);
        if (endpoint == Endpoint.OTHER) {
            throw XianweiError.NO_SUCH_ENDPOINT.refused();
        }
        RequestMethod expected = endpoint == Endpoint.SEND ? RequestMethod.POST : RequestMethod.GET;
        if (!expected.equals(request.getMethod())) {
            throw XianweiError.WRONG_METHOD.refused();
        }
        authenticate(request);
        Matcher m = PATH.matcher(VendorModel.pathOf(request));
        if (!m.matches()) {
            throw new IllegalStateException("endpointOf matched " + request.getUrl() + " but PATH does not");
        }
        return switch (endpoint) {
            case SEND -> send(XianweiMessage.read(JsonRequestBody.read(request, BODY), limit));
            case USER_LOOKUP -> user(decode(m.group(2)));
            case GROUP_LOOKUP -> group(decode(m.group(3)));
            case OTHER -> throw new IllegalStateException("OTHER is refused above");
        };
    }

    private void authenticate(Request request) {
        String authorization = request.getHeader("Authorization");
        String appKey = request.getHeader(APP_HEADER);
        if (authorization == null || appKey == null || appKey.isBlank()
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            throw XianweiError.NO_TOKEN.refused();
        }
        String token = authorization.substring(7);
        boolean valid = directory.credential(profile.vendor(), XianweiApp.APP_KEY, appKey).map(XianweiApp::of)
                .map(XianweiApp::token).filter(token::equals).isPresent();
        if (!valid) {
            throw XianweiError.BAD_TOKEN.refused();
        }
    }

    private Accepted send(XianweiMessage msg) {
        return SEND.accept(directory, msg.from(), List.of(msg.to()), msg.chatType(), msg.content(),
                msg.ext().orElse(null), delivered -> {
                    ObjectNode data = MAPPER.createObjectNode();
                    // nothing delivered: a malformed-response fault cuts this answer in half anyway
                    data.put("msgId", delivered.isEmpty() ? "xw-" : "xw-" + delivered.get(0).seq());
                    return success(data);
                });
    }

    private Accepted user(String account) {
        User user = directory.user(account).orElseThrow(XianweiError.NO_SUCH_USER::refused);
        ObjectNode data = MAPPER.createObjectNode().put("account", user.account()).put("name", user.name());
        return Accepted.lookup(Endpoint.USER_LOOKUP, account, success(data));
    }

    private Accepted group(String groupId) {
        Group group = directory.group(groupId).orElseThrow(XianweiError.NO_SUCH_GROUP::refused);
        ObjectNode data = MAPPER.createObjectNode().put("groupId", group.groupId()).put("name", group.name())
                .put("owner", group.owner());
        group.members().forEach(data.putArray("members")::add);
        return Accepted.lookup(Endpoint.GROUP_LOOKUP, groupId, success(data));
    }

    /** A path segment, percent-decoded ('+' stays a plus: this is a path, not a form). */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw XianweiError.NO_SUCH_ENDPOINT.refused();
        }
    }

    private static String success(ObjectNode data) {
        ObjectNode root = MAPPER.createObjectNode().put("code", 0).put("msg", "ok");
        root.set("data", data);
        return root.toString();
    }

    @Override
    public String refusalBody(Refusal refusal) {
        return MAPPER.createObjectNode().put("code", Long.parseLong(refusal.code())).put("msg", refusal.message())
                .toString();
    }

    @Override
    public Refusal faultRefusal(Fault fault) {
        if (fault.code() == null) {
            XianweiError busy = XianweiError.BUSY;
            return new Refusal(busy.httpStatus(), busy.code(), fault.message() == null ? busy.message() : fault.message());
        }
        int code = Integer.parseInt(fault.code());
        return new Refusal(XianweiError.httpStatusOf(code), fault.code(),
                fault.message() == null ? XianweiError.BUSY.message() : fault.message());
    }

    @Override
    public Refusal internalError(RuntimeException e) {
        XianweiError err = XianweiError.SERVER_ERROR;
        return new Refusal(err.httpStatus(), err.code(), err.message() + ": " + e.getClass().getSimpleName());
    }
}
