package org.mplus.tck.mock.ronglian;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mplus.tck.mock.Accepted;
import org.mplus.tck.mock.AccountDirectory;
import org.mplus.tck.mock.BodyRules;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.Fault;
import org.mplus.tck.mock.Group;
import org.mplus.tck.mock.JsonFields;
import org.mplus.tck.mock.JsonRequestBody;
import org.mplus.tck.mock.Refusal;
import org.mplus.tck.mock.SendChecks;
import org.mplus.tck.mock.User;
import org.mplus.tck.mock.VendorModel;
import org.mplus.tck.mock.VendorProfile;
import org.mplus.tck.spec.MessageLimit;
import org.mplus.tck.spec.Vendor;

/**
 * The 容联云 model: PushMsg, QueryGroupDetail and QueryUser under /2013-12-26/Accounts/{accountSid}/ and
 * /2013-12-26/Application/{appId}/, every call signed. What is fact and what is model: mock-server/README.md.
 */
public final class RonglianModel implements VendorModel {

    public static final String VERSION = "/2013-12-26";
    public static final String PUSH_MSG = "/IM/PushMsg";
    public static final String QUERY_GROUP_DETAIL = "/IM/Group/QueryGroupDetail";
    public static final String QUERY_USER = "/IM/User/QueryUser";
    public static final String SUCCESS = "000000";
    /** The transformer its stubs name. */
    public static final String TRANSFORMER = "ronglian-im";

    private static final Pattern PATH = Pattern.compile("^" + VERSION + "/(Accounts|Application)/([^/]+)(/.*)$");
    private static final BodyRules BODY = new BodyRules(BodyRules.VENDOR_MAX_BYTES, RonglianError.BODY_TOO_LARGE,
            RonglianError.WRONG_CONTENT_TYPE, RonglianError.NOT_JSON, RonglianError.MISSING_FIELD,
            RonglianError.WRONG_FIELD_TYPE);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SendChecks SEND = new SendChecks(RonglianError.NO_SUCH_SENDER, RonglianError.NO_SUCH_RECEIVER,
            RonglianError.SENDER_NOT_MEMBER);

    private static final String PUSHED = success().toString();

    private final AccountDirectory directory;
    private final RonglianAuth auth;
    private final VendorProfile profile;
    private final MessageLimit limit;

    /** @param vendor its catalog entry: its code and message limit */
    public RonglianModel(Vendor vendor, AccountDirectory directory) {
        this.directory = directory;
        this.auth = new RonglianAuth(directory, vendor.code());
        this.profile = new VendorProfile(vendor.code(), TRANSFORMER, SUCCESS);
        this.limit = vendor.messageLimit();
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public String paths() {
        return VERSION + "/.*";
    }

    @Override
    public Endpoint endpointOf(Request request) {
        Matcher m = PATH.matcher(VendorModel.pathOf(request));
        if (!m.matches()) {
            return Endpoint.OTHER;
        }
        return switch (m.group(3)) {
            case PUSH_MSG -> Endpoint.SEND;
            case QUERY_GROUP_DETAIL -> Endpoint.GROUP_LOOKUP;
            case QUERY_USER -> Endpoint.USER_LOOKUP;
            default -> Endpoint.OTHER;
        };
    }

    @Override
    public Refusal unroutable() {
        return RonglianError.NO_SUCH_ENDPOINT.refusal();
    }

    @Override
    public Accepted accept(Request request) {
        Endpoint endpoint = endpointOf(request);
        if (endpoint == Endpoint.OTHER) {
            throw RonglianError.NO_SUCH_ENDPOINT.refused();
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            throw RonglianError.WRONG_METHOD.refused();
        }
        Matcher m = PATH.matcher(VendorModel.pathOf(request));
        if (!m.matches()) {
            throw new IllegalStateException("endpointOf matched " + request.getUrl() + " but PATH does not");
        }
        RonglianAccount account = auth.check(request, m.group(1), m.group(2));
        JsonFields body = JsonRequestBody.read(request, BODY);
        return switch (endpoint) {
            case SEND -> push(PushMsg.read(body, limit), account);
            case GROUP_LOOKUP -> groupDetail(body);
            case USER_LOOKUP -> user(body);
            case OTHER -> throw new IllegalStateException("OTHER is refused above");
        };
    }

    private Accepted push(PushMsg msg, RonglianAccount account) {
        if (!msg.appId().equals(account.appId())) {
            throw RonglianError.APP_MISMATCH.refused();
        }
        return SEND.accept(directory, msg.sender(), msg.receivers(), msg.chatType(), msg.msgContent(),
                msg.msgDomain().orElse(null), delivered -> PUSHED);
    }

    private Accepted groupDetail(JsonFields body) {
        String userName = body.text("userName");
        String groupId = body.text("groupId");
        Group group = directory.group(groupId).orElseThrow(RonglianError.NO_SUCH_GROUP::refused);
        if (directory.user(userName).isEmpty()) {
            throw RonglianError.NO_SUCH_USER.refused();
        }
        ObjectNode answer = success().put("groupId", group.groupId()).put("name", group.name())
                .put("owner", group.owner());
        group.members().forEach(answer.putArray("members")::add);
        return Accepted.lookup(Endpoint.GROUP_LOOKUP, groupId, answer.toString());
    }

    private Accepted user(JsonFields body) {
        String userName = body.text("userName");
        User user = directory.user(userName).orElseThrow(RonglianError.NO_SUCH_USER::refused);
        return Accepted.lookup(Endpoint.USER_LOOKUP, userName,
                success().put("userName", user.account()).put("nickName", user.name()).toString());
    }

    private static ObjectNode success() {
        return MAPPER.createObjectNode().put("statusCode", SUCCESS).put("statusMsg", "success");
    }

    @Override
    public String refusalBody(Refusal refusal) {
        return MAPPER.createObjectNode().put("statusCode", refusal.code()).put("statusMsg", refusal.message())
                .toString();
    }

    @Override
    public Refusal faultRefusal(Fault fault) {
        return new Refusal(200, fault.code() == null ? RonglianError.SERVER_ERROR.code() : fault.code(),
                fault.message() == null ? RonglianError.SERVER_ERROR.message() : fault.message());
    }

    @Override
    public Refusal internalError(RuntimeException e) {
        return new Refusal(200, RonglianError.SERVER_ERROR.code(),
                RonglianError.SERVER_ERROR.message() + ": " + e.getClass().getSimpleName());
    }
}
