package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mplus.tck.mock.xianwei.XianweiError;

/** The 先维IM model over real HTTP: sends, lookups and every error code of the README's table. */
class XianweiWireTest extends SharedMock {


    @Test
    void aSendToAUserIsDeliveredWithItsExtension() {
        Map<String, Object> body = XianweiCall.message("single", Demo.LISI, "你好");
        body.put("ext", Map.of("k", "v"));
        Http.Answer a = new XianweiCall(server).body(body).send();
        assertEquals(200, a.status(), a.body());
        JsonNode json = a.json();
        assertEquals(0, json.path("code").asInt(-1));
        Delivery d = server.deliveries().get(0);
        assertEquals("xw-" + d.seq(), json.path("data").path("msgId").asText());
        assertEquals(List.of("xianwei", Demo.ME, Demo.LISI, ChatType.USER, "你好", "{\"k\":\"v\"}"),
                List.of(d.vendor(), d.from(), d.to(), d.chatType(), d.content(), d.extension()));
        assertEquals("0", server.vendorRequests().get(0).outcomeCode());
    }

    @Test
    void aGroupSendIsOneGroupDelivery() {
        Http.Answer a = new XianweiCall(server).body(XianweiCall.message("group", Demo.GROUP, "开会")).send();
        assertEquals(0, a.json().path("code").asInt(-1), a.body());
        assertEquals(ChatType.GROUP, server.deliveries().get(0).chatType());
    }

    @Test
    void contentOf4096CharactersIsAccepted() {
        Http.Answer a = new XianweiCall(server).body(XianweiCall.message("single", Demo.LISI, "中".repeat(4096)))
                .send();
        assertEquals(0, a.json().path("code").asInt(-1), a.body());
    }

    @Test
    void lookupsAnswerTheDirectory() {
        JsonNode user = new XianweiCall(server).get("/im/v1/users/lisi").send().json();
        assertEquals("李四", user.path("data").path("name").asText(), user.toString());
        JsonNode group = new XianweiCall(server).get("/im/v1/groups/" + Demo.GROUP).send().json();
        assertEquals("研发部", group.path("data").path("name").asText(), group.toString());
        assertEquals(List.of(Endpoint.USER_LOOKUP, Endpoint.GROUP_LOOKUP),
                server.vendorRequests().stream().map(VendorRequest::endpoint).toList());
    }

    record Case(String name, XianweiError expected, Consumer<XianweiCall> spoil) {
        @Override
        public String toString() {
            return expected.code() + " " + name;
        }
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = XianweiCall.message("single", Demo.LISI, "你好");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    static Stream<Case> errors() {
        return Stream.of(
                new Case("no Authorization", XianweiError.NO_TOKEN, c -> c.authorization = null),
                new Case("not Bearer", XianweiError.NO_TOKEN, c -> c.authorization = "Token " + Demo.XW_TOKEN),
                new Case("no app header", XianweiError.NO_TOKEN, c -> c.app = null),
                new Case("wrong token", XianweiError.BAD_TOKEN, c -> c.authorization = "Bearer nope"),
                new Case("unknown app", XianweiError.BAD_TOKEN, c -> c.app = "other-app"),
                new Case("lookup with wrong token", XianweiError.BAD_TOKEN, c -> {
                    c.get("/im/v1/users/lisi");
                    c.authorization = "Bearer nope";
                }),
                new Case("malformed JSON", XianweiError.NOT_JSON, c -> c.body = "{\"from\":"),
                new Case("JSON string", XianweiError.NOT_JSON, c -> c.body = "\"hi\""),
                new Case("no to", XianweiError.MISSING_FIELD, c -> c.body(with("to", null))),
                new Case("to a number", XianweiError.WRONG_FIELD_TYPE, c -> c.body(with("to", 3))),
                new Case("ext a string", XianweiError.WRONG_FIELD_TYPE, c -> c.body(with("ext", "x"))),
                new Case("empty content", XianweiError.CONTENT_EMPTY, c -> c.body(with("content", ""))),
                new Case("4097 characters", XianweiError.CONTENT_TOO_LONG,
                        c -> c.body(with("content", "中".repeat(4097)))),
                new Case("chatType user", XianweiError.CHAT_TYPE, c -> c.body(with("chatType", "user"))),
                new Case("msgType image", XianweiError.MSG_TYPE, c -> c.body(with("msgType", "image"))),
                new Case("sender not in the group", XianweiError.SENDER_NOT_MEMBER, c -> {
                    Map<String, Object> b = XianweiCall.message("group", Demo.GROUP, "x");
                    b.put("from", Demo.WANGWU);
                    c.body(b);
                }),
                new Case("unknown receiver", XianweiError.NO_SUCH_RECEIVER, c -> c.body(with("to", "nobody"))),
                new Case("group send to a user", XianweiError.NO_SUCH_RECEIVER,
                        c -> c.body(XianweiCall.message("group", Demo.LISI, "x"))),
                new Case("unknown sender", XianweiError.NO_SUCH_SENDER, c -> c.body(with("from", "nobody"))),
                new Case("unknown user lookup", XianweiError.NO_SUCH_USER, c -> c.get("/im/v1/users/nobody")),
                new Case("unknown group lookup", XianweiError.NO_SUCH_GROUP, c -> c.get("/im/v1/groups/gg000")),
                new Case("unknown path", XianweiError.NO_SUCH_ENDPOINT, c -> c.get("/im/v1/friends")),
                new Case("GET messages", XianweiError.WRONG_METHOD, c -> c.get("/im/v1/messages")),
                new Case("DELETE a user", XianweiError.WRONG_METHOD, c -> {
                    c.get("/im/v1/users/lisi");
                    c.method = "DELETE";
                }),
                new Case("body over 64 KiB", XianweiError.BODY_TOO_LARGE, c -> c.body = "x".repeat(70_000)),
                new Case("text/plain", XianweiError.WRONG_CONTENT_TYPE, c -> c.contentType = "text/plain"),
                new Case("no Content-Type", XianweiError.WRONG_CONTENT_TYPE, c -> c.contentType = null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void eachFlawAnswersItsVendorError(Case c) {
        XianweiCall call = new XianweiCall(server);
        c.spoil().accept(call);
        Http.Answer a = call.send();
        assertEquals(c.expected().httpStatus(), a.status(), a.body());
        JsonNode json = a.json();
        assertEquals(c.expected().code(), json.path("code").asText(), a.body());
        assertTrue(json.path("code").isInt(), "先维IM codes are numbers: " + a.body());
        assertTrue(json.path("msg").asText().startsWith(c.expected().message().replace("FIELD", "")), a.body());
        assertTrue(server.deliveries().isEmpty(), "a refused request delivered " + server.deliveries());
        assertEquals(c.expected().code(), server.vendorRequests().get(0).outcomeCode());
    }

    @Test
    void everyErrorCodeButTheServerErrorsHasACase() {
        Set<String> covered = errors().map(c -> c.expected().code()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Arrays.stream(XianweiError.values()).map(XianweiError::code)
                .collect(Collectors.toCollection(TreeSet::new));
        all.remove(XianweiError.BUSY.code()); // a vendor-error fault: FaultTest
        all.remove(XianweiError.SERVER_ERROR.code()); // only a bug in the mock answers it
        assertEquals(all, covered);
    }

    @Test
    void theMissingFieldIsNamed() {
        assertEquals("缺少字段: to", new XianweiCall(server).body(with("to", null)).send().json().path("msg").asText());
    }

}
