package org.mplus.tck.mock.thirdvendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mplus.tck.mock.Accepted;
import org.mplus.tck.mock.AccountDirectory;
import org.mplus.tck.mock.BodyRules;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Credential;
import org.mplus.tck.mock.CredentialsPart;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.Fault;
import org.mplus.tck.mock.JsonFields;
import org.mplus.tck.mock.JsonRequestBody;
import org.mplus.tck.mock.Refusal;
import org.mplus.tck.mock.SendChecks;
import org.mplus.tck.mock.VendorError;
import org.mplus.tck.mock.VendorModel;
import org.mplus.tck.mock.VendorPlugin;
import org.mplus.tck.mock.VendorProfile;
import org.mplus.tck.spec.MessageLimit;
import org.mplus.tck.spec.Vendor;

/**
 * 回声IM (catalog code huisheng, imType 9, test-only) as a plug-in of the mock, its model within:
 * "huisheng": {"keys": [{"key"}]}.
 */
public final class HuishengPlugin implements VendorPlugin {

    static final String KEY = "key";

    @Override
    public String code() {
        return "huisheng";
    }

    @Override
    public CredentialsPart credentials() {
        return new CredentialsPart("keys", List.of(KEY));
    }

    @Override
    public VendorModel model(Vendor vendor, AccountDirectory directory) {
        return new HuishengModel(vendor, directory);
    }

    @Override
    public List<String> endpoints(String base, Optional<Credential> credential) {
        return List.of(base + HuishengModel.SEND);
    }

    /**
     * 回声IM, an IM made up for the tests: POST /hs/v1/send {"from","to","chat":"user"|"group","text","card"?}, GET
     * /hs/v1/users/{account} and GET /hs/v1/groups/{groupId}, with the app's key in X-Huisheng-Key; it answers
     * {"code":0,"id":N} (a lookup: {"code":0,"name":…}) or {"code":C,"reason":…}.
     */
    static final class HuishengModel implements VendorModel {

        static final String SEND = "/hs/v1/send";
        private static final Pattern LOOKUP = Pattern.compile("/hs/v1/(users|groups)/([^/]+)");
        static final String KEY_HEADER = "X-Huisheng-Key";

        /** Its error table. */
        enum Error implements VendorError {
            NO_SUCH_ENDPOINT(404, "404", "no such endpoint"),
            WRONG_METHOD(405, "405", "POST only"),
            BAD_KEY(401, "401", "unknown key"),
            BAD_BODY(400, "400", "not a JSON object"),
            NO_FIELD(400, "4001", "missing FIELD"),
            WRONG_TYPE(400, "4002", "FIELD has the wrong type"),
            TOO_LARGE(413, "413", "body too large"),
            TOO_LONG(400, "4003", "text too long"),
            NO_SUCH_SENDER(404, "4041", "no such sender"),
            NO_SUCH_RECEIVER(404, "4042", "no such receiver"),
            NOT_MEMBER(403, "4031", "sender not in the group"),
            SERVER(500, "500", "server error");

            private final int httpStatus;
            private final String code;
            private final String message;

            Error(int httpStatus, String code, String message) {
                this.httpStatus = httpStatus;
                this.code = code;
                this.message = message;
            }

            @Override
            public int httpStatus() {
                return httpStatus;
            }

            @Override
            public String code() {
                return code;
            }

            @Override
            public String message() {
                return message;
            }
        }

        private static final BodyRules BODY = new BodyRules(BodyRules.VENDOR_MAX_BYTES, Error.TOO_LARGE, Error.BAD_BODY,
                Error.BAD_BODY, Error.NO_FIELD, Error.WRONG_TYPE);
        private static final SendChecks CHECKS = new SendChecks(Error.NO_SUCH_SENDER, Error.NO_SUCH_RECEIVER,
                Error.NOT_MEMBER);
        private static final ObjectMapper MAPPER = new ObjectMapper();

        private final AccountDirectory directory;
        private final VendorProfile profile;
        private final MessageLimit limit;

        HuishengModel(Vendor vendor, AccountDirectory directory) {
            this.directory = directory;
            this.profile = new VendorProfile(vendor.code(), vendor.code() + "-im", "0");
            this.limit = vendor.messageLimit();
        }

        @Override
        public VendorProfile profile() {
            return profile;
        }

        @Override
        public String paths() {
            return "/hs/.*";
        }

        @Override
        public Endpoint endpointOf(Request request) {
            String path = VendorModel.pathOf(request);
            Matcher m = LOOKUP.matcher(path);
            return path.equals(SEND) ? Endpoint.SEND : !m.matches() ? Endpoint.OTHER
                    : m.group(1).equals("users") ? Endpoint.USER_LOOKUP : Endpoint.GROUP_LOOKUP;
        }

        @Override
        public Refusal unroutable() {
            return Error.NO_SUCH_ENDPOINT.refusal();
        }

        @Override
        public Accepted accept(Request request) {
            Endpoint endpoint = endpointOf(request);
            if (endpoint == Endpoint.OTHER) {
                throw Error.NO_SUCH_ENDPOINT.refused();
            }
            if (!(endpoint == Endpoint.SEND ? RequestMethod.POST : RequestMethod.GET).equals(request.getMethod())) {
                throw Error.WRONG_METHOD.refused();
            }
            String key = request.getHeader(KEY_HEADER);
            if (key == null || directory.credential(profile.vendor(), HuishengPlugin.KEY, key).isEmpty()) {
                throw Error.BAD_KEY.refused();
            }
            if (endpoint != Endpoint.SEND) {
                Matcher m = LOOKUP.matcher(VendorModel.pathOf(request));
                m.matches();
                String id = URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
                String name = endpoint == Endpoint.USER_LOOKUP
                        ? directory.user(id).orElseThrow(Error.NO_SUCH_RECEIVER::refused).name()
                        : directory.group(id).orElseThrow(Error.NO_SUCH_RECEIVER::refused).name();
                return Accepted.lookup(endpoint, id,
                        MAPPER.createObjectNode().put("code", 0).put("name", name).toString());
            }
            JsonFields body = JsonRequestBody.read(request, BODY);
            String from = body.text("from");
            String to = body.text("to");
            ChatType chat = body.text("chat").equals("group") ? ChatType.GROUP : ChatType.USER;
            String text = body.text("text");
            if (limit.length(text) > limit.max()) {
                throw Error.TOO_LONG.refused();
            }
            return CHECKS.accept(directory, from, List.of(to), chat, text, body.optionalObjectText("card").orElse(null),
                    delivered ->
                    MAPPER.createObjectNode().put("code", 0).put("id", delivered.isEmpty() ? 0 : delivered.get(0).seq())
                            .toString());
        }

        @Override
        public String refusalBody(Refusal refusal) {
            return MAPPER.createObjectNode().put("code", Integer.parseInt(refusal.code()))
                    .put("reason", refusal.message()).toString();
        }

        @Override
        public Refusal faultRefusal(Fault fault) {
            Error e = Error.SERVER;
            return new Refusal(e.httpStatus(), fault.code() == null ? e.code() : fault.code(),
                    fault.message() == null ? e.message() : fault.message());
        }

        @Override
        public Refusal internalError(RuntimeException e) {
            return new Refusal(500, Error.SERVER.code(), Error.SERVER.message() + ": " + e.getClass().getSimpleName());
        }
    }
}
