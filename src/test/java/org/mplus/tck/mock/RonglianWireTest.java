package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
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
import org.mplus.tck.mock.ronglian.RonglianError;

/** The 容联云 model over real HTTP: every success shape and every error code of the README's table. */
class RonglianWireTest extends SharedMock {


    @Test
    void aSignedPushToOneUserIsAcceptedAndDelivered() {
        Http.Answer a = new RonglianCall(server).send();
        assertEquals(200, a.status());
        assertEquals("000000", a.json().path("statusCode").asText(), a.body());
        assertTrue(a.header("Content-Type").contains("charset=utf-8"), a.header("Content-Type"));
        List<Delivery> d = server.deliveries();
        assertEquals(1, d.size());
        assertEquals(List.of("ronglian", Demo.ME, Demo.LISI, ChatType.USER, "你好"),
                List.of(d.get(0).vendor(), d.get(0).from(), d.get(0).to(), d.get(0).chatType(), d.get(0).content()));
        assertNull(d.get(0).extension());
        VendorRequest r = server.vendorRequests().get(0);
        assertEquals(List.of("POST", Endpoint.SEND, "000000"), List.of(r.method(), r.endpoint(), r.outcomeCode()));
        assertTrue(r.path().endsWith("/IM/PushMsg") && !r.path().contains("sig="), r.path());
    }

    @Test
    void numericFieldsMayBeNumbersAndTheSigLowerCase() {
        Map<String, Object> body = RonglianCall.push(1, List.of(Demo.LISI, Demo.WANGWU), "hi");
        body.put("msgType", 1);
        body.put("msgDomain", "{\"k\":1}");
        RonglianCall call = new RonglianCall(server).body(body);
        call.sig = org.mplus.tck.mock.ronglian.RonglianSignature.sign(call.id, call.token, call.at).sig()
                .toLowerCase(java.util.Locale.ROOT);
        assertEquals("000000", call.send().json().path("statusCode").asText());
        assertEquals(List.of(Demo.LISI, Demo.WANGWU), server.deliveries().stream().map(Delivery::to).toList());
        assertEquals("{\"k\":1}", server.deliveries().get(0).extension());
    }

    @Test
    void theApplicationLevelPathSignsWithTheAppId() {
        RonglianCall call = new RonglianCall(server);
        call.level = "Application";
        call.id = Demo.APP_ID;
        assertEquals("000000", call.send().json().path("statusCode").asText());
        assertEquals(1, server.deliveries().size());
    }

    @Test
    void aGroupPushIsOneGroupDelivery() {
        Http.Answer a = new RonglianCall(server).body(RonglianCall.push("2", List.of(Demo.GROUP), "开会")).send();
        assertEquals("000000", a.json().path("statusCode").asText(), a.body());
        Delivery d = server.deliveries().get(0);
        assertEquals(List.of(Demo.GROUP, ChatType.GROUP, "开会"), List.of(d.to(), d.chatType(), d.content()));
    }

    @Test
    void contentOfExactly2048BytesIsAccepted() {
        String content = "中".repeat(682) + "ab";
        assertEquals(2048, content.getBytes(StandardCharsets.UTF_8).length);
        Http.Answer a = new RonglianCall(server).body(RonglianCall.push("1", List.of(Demo.LISI), content)).send();
        assertEquals("000000", a.json().path("statusCode").asText(), a.body());
    }

    @Test
    void aTimestamp23HoursOldIsStillFresh() {
        RonglianCall call = new RonglianCall(server);
        call.at = java.time.Instant.now().minus(Duration.ofHours(23));
        assertEquals("000000", call.send().json().path("statusCode").asText());
    }

    @Test
    void lookupsAnswerTheDirectory() {
        JsonNode group = new RonglianCall(server).endpoint("/IM/Group/QueryGroupDetail")
                .body(Map.of("userName", Demo.ME, "groupId", Demo.GROUP)).send().json();
        assertEquals("000000", group.path("statusCode").asText(), group.toString());
        assertEquals("研发部", group.path("name").asText());
        assertEquals(List.of(Demo.ME, Demo.LISI), Http.JSON.convertValue(group.path("members"), List.class));
        JsonNode user = new RonglianCall(server).endpoint("/IM/User/QueryUser")
                .body(Map.of("userName", Demo.LISI)).send().json();
        assertEquals("李四", user.path("nickName").asText(), user.toString());
        assertEquals(List.of(Endpoint.GROUP_LOOKUP, Endpoint.USER_LOOKUP),
                server.vendorRequests().stream().map(VendorRequest::endpoint).toList());
        assertTrue(server.deliveries().isEmpty());
    }

    /** One way to get one error code. */
    record Case(String name, RonglianError expected, Consumer<RonglianCall> spoil) {
        @Override
        public String toString() {
            return expected.code() + " " + name;
        }
    }

    static Map<String, Object> pushWith(String field, Object value) {
        Map<String, Object> body = RonglianCall.push("1", List.of(Demo.LISI), "你好");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    static String auth(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Case> errors() {
        return Stream.of(
                new Case("no Authorization", RonglianError.AUTH_EMPTY, c -> c.authorization = ""),
                new Case("Authorization not Base64", RonglianError.AUTH_UNDECODABLE, c -> c.authorization = "%%%"),
                new Case("Authorization with Basic prefix", RonglianError.AUTH_UNDECODABLE,
                        c -> c.authorization = "Basic " + auth(c.id + ":20240101120000")),
                new Case("Authorization without colon", RonglianError.AUTH_UNDECODABLE,
                        c -> c.authorization = auth(c.id)),
                new Case("Authorization for another account", RonglianError.AUTH_ACCOUNT_MISMATCH,
                        c -> c.authorization = auth("someoneelse:" + org.mplus.tck.mock.ronglian.RonglianSignature
                                .sign(c.id, c.token, c.at).timestamp())),
                new Case("timestamp 25 h old", RonglianError.TIMESTAMP,
                        c -> c.at = java.time.Instant.now().minus(Duration.ofHours(25))),
                new Case("timestamp 25 h ahead", RonglianError.TIMESTAMP,
                        c -> c.at = java.time.Instant.now().plus(Duration.ofHours(25))),
                new Case("timestamp not a date", RonglianError.TIMESTAMP,
                        c -> c.authorization = auth(c.id + ":20240230120000")),
                new Case("no sig", RonglianError.SIG_EMPTY, c -> c.sig = ""),
                new Case("wrong sig", RonglianError.SIG_MISMATCH, c -> c.sig = "0".repeat(32)),
                new Case("sig made with another token", RonglianError.SIG_MISMATCH, c -> c.token = "wrong"),
                new Case("sig with a trailing NUL", RonglianError.SIG_MISMATCH, c -> c.sig = org.mplus.tck.mock.ronglian
                        .RonglianSignature.sign(c.id, c.token, c.at).sig() + "%00"),
                new Case("sig with a trailing space", RonglianError.SIG_MISMATCH, c -> c.sig = org.mplus.tck.mock
                        .ronglian.RonglianSignature.sign(c.id, c.token, c.at).sig() + "%20"),
                new Case("sig with a leading tab", RonglianError.SIG_MISMATCH, c -> c.sig = "%09" + org.mplus.tck
                        .mock.ronglian.RonglianSignature.sign(c.id, c.token, c.at).sig()),
                new Case("unknown accountSid", RonglianError.NO_SUCH_ACCOUNT, c -> c.id = "nosuchaccount"),
                new Case("unknown appId", RonglianError.NO_SUCH_ACCOUNT, c -> {
                    c.level = "Application";
                    c.id = "nosuchapp";
                }),
                new Case("unknown endpoint", RonglianError.NO_SUCH_ENDPOINT, c -> c.endpoint = "/IM/Nope"),
                new Case("sub-account level", RonglianError.NO_SUCH_ENDPOINT, c -> c.level = "SubAccounts"),
                new Case("GET PushMsg", RonglianError.WRONG_METHOD, c -> {
                    c.method = "GET";
                    c.body = null;
                }),
                new Case("PUT QueryUser", RonglianError.WRONG_METHOD, c -> {
                    c.method = "PUT";
                    c.endpoint = "/IM/User/QueryUser";
                }),
                new Case("malformed JSON", RonglianError.NOT_JSON, c -> c.body = "{\"pushType\":\"1\","),
                new Case("empty body", RonglianError.NOT_JSON, c -> c.body = ""),
                new Case("JSON array", RonglianError.NOT_JSON, c -> c.body = "[]"),
                new Case("trailing garbage", RonglianError.NOT_JSON, c -> c.body = c.body + " x"),
                new Case("a lone surrogate in the message", RonglianError.NOT_JSON,
                        c -> c.body = c.body.replace("你好", "a\\ud800b")),
                new Case("a lone low surrogate in a key", RonglianError.NOT_JSON,
                        c -> c.body = c.body.replace("{", "{\"x\\udc00\":1,")),
                new Case("duplicate key", RonglianError.NOT_JSON,
                        c -> c.body = c.body.replace("{", "{\"sender\":\"lisi\",")),
                new Case("text/plain", RonglianError.WRONG_CONTENT_TYPE, c -> c.contentType = "text/plain"),
                new Case("no Content-Type", RonglianError.WRONG_CONTENT_TYPE, c -> c.contentType = null),
                new Case("charset gbk", RonglianError.WRONG_CONTENT_TYPE,
                        c -> c.contentType = "application/json;charset=gbk"),
                new Case("form post", RonglianError.WRONG_CONTENT_TYPE,
                        c -> c.contentType = "application/x-www-form-urlencoded"),
                new Case("body over 64 KiB", RonglianError.BODY_TOO_LARGE,
                        c -> c.body = Http.json(pushWith("msgContent", "x".repeat(70_000)))),
                new Case("no receiver", RonglianError.MISSING_FIELD, c -> c.body = Http.json(pushWith("receiver", null))),
                new Case("null msgContent", RonglianError.MISSING_FIELD,
                        c -> c.body = c.body.replace("\"你好\"", "null")),
                new Case("receiver a string", RonglianError.WRONG_FIELD_TYPE,
                        c -> c.body = Http.json(pushWith("receiver", Demo.LISI))),
                new Case("receiver holds a number", RonglianError.WRONG_FIELD_TYPE,
                        c -> c.body = Http.json(pushWith("receiver", List.of(7)))),
                new Case("pushType boolean", RonglianError.WRONG_FIELD_TYPE,
                        c -> c.body = Http.json(pushWith("pushType", true))),
                new Case("msgContent a number", RonglianError.WRONG_FIELD_TYPE,
                        c -> c.body = Http.json(pushWith("msgContent", 5))),
                new Case("pushType 3", RonglianError.PUSH_TYPE, c -> c.body = Http.json(pushWith("pushType", "3"))),
                new Case("pushType not a number", RonglianError.PUSH_TYPE,
                        c -> c.body = Http.json(pushWith("pushType", "one"))),
                new Case("msgType 4 (image)", RonglianError.MSG_TYPE, c -> c.body = Http.json(pushWith("msgType", 4))),
                new Case("group push to two", RonglianError.RECEIVER_COUNT,
                        c -> c.body = Http.json(RonglianCall.push("2", List.of(Demo.GROUP, "gg1"), "x"))),
                new Case("101 receivers", RonglianError.RECEIVER_COUNT, c -> c.body = Http.json(
                        RonglianCall.push("1", Collections.nCopies(101, Demo.LISI), "x"))),
                new Case("no receivers", RonglianError.RECEIVER_COUNT,
                        c -> c.body = Http.json(pushWith("receiver", List.of()))),
                new Case("empty content", RonglianError.CONTENT_EMPTY, c -> c.body = Http.json(pushWith("msgContent", ""))),
                new Case("2049 bytes", RonglianError.CONTENT_TOO_LONG,
                        c -> c.body = Http.json(pushWith("msgContent", "中".repeat(683)))),
                new Case("unknown user", RonglianError.NO_SUCH_RECEIVER,
                        c -> c.body = Http.json(pushWith("receiver", List.of(Demo.LISI, "nobody")))),
                new Case("group push to a user", RonglianError.NO_SUCH_RECEIVER,
                        c -> c.body = Http.json(RonglianCall.push("2", List.of(Demo.LISI), "x"))),
                new Case("user push to a group", RonglianError.NO_SUCH_RECEIVER,
                        c -> c.body = Http.json(RonglianCall.push("1", List.of(Demo.GROUP), "x"))),
                new Case("unknown sender", RonglianError.NO_SUCH_SENDER,
                        c -> c.body = Http.json(pushWith("sender", "nobody"))),
                new Case("sender not in the group", RonglianError.SENDER_NOT_MEMBER, c -> {
                    Map<String, Object> b = RonglianCall.push("2", List.of(Demo.GROUP), "x");
                    b.put("sender", Demo.WANGWU);
                    c.body = Http.json(b);
                }),
                new Case("another appId", RonglianError.APP_MISMATCH,
                        c -> c.body = Http.json(pushWith("appId", "8aaf0708000000000000000000000000"))),
                new Case("unknown group", RonglianError.NO_SUCH_GROUP, c -> c.endpoint("/IM/Group/QueryGroupDetail")
                        .body(Map.of("userName", Demo.ME, "groupId", "gg000"))),
                new Case("group lookup without userName", RonglianError.MISSING_FIELD,
                        c -> c.endpoint("/IM/Group/QueryGroupDetail").body(Map.of("groupId", Demo.GROUP))),
                new Case("unknown user lookup", RonglianError.NO_SUCH_USER,
                        c -> c.endpoint("/IM/User/QueryUser").body(Map.of("userName", "nobody"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void eachFlawAnswersItsVendorError(Case c) {
        RonglianCall call = new RonglianCall(server);
        c.spoil().accept(call);
        Http.Answer a = call.send();
        assertEquals(200, a.status(), "容联云 answers every error with HTTP 200: " + a.body());
        JsonNode json = a.json();
        assertEquals(c.expected().code(), json.path("statusCode").asText(), a.body());
        String fixedPart = c.expected().message().split("FIELD")[0];
        assertTrue(json.path("statusMsg").asText().startsWith(fixedPart), a.body());
        assertTrue(server.deliveries().isEmpty(), "a refused request delivered " + server.deliveries());
        List<VendorRequest> log = server.vendorRequests();
        assertEquals(1, log.size());
        assertEquals(c.expected().code(), log.get(0).outcomeCode());
        assertNotNull(a.header("Content-Type"));
    }

    @Test
    void everyErrorCodeButTheServerErrorHasACase() {
        Set<String> covered = errors().map(c -> c.expected().code()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Arrays.stream(RonglianError.values()).map(RonglianError::code)
                .collect(Collectors.toCollection(TreeSet::new));
        all.remove(RonglianError.SERVER_ERROR.code()); // answered by a vendor-error fault: FaultTest
        assertEquals(all, covered);
    }

    @Test
    void theMissingFieldIsNamed() {
        RonglianCall call = new RonglianCall(server).body(pushWith("receiver", null));
        assertEquals("缺少必填字段: receiver", call.send().json().path("statusMsg").asText());
    }

    @Test
    void aBodyThatIsNotUtf8IsNotJson() throws java.io.IOException {
        RonglianCall call = new RonglianCall(server);
        byte[] latin1 = call.body.replace("你好", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        org.mplus.tck.mock.ronglian.RonglianSignature s = org.mplus.tck.mock.ronglian.RonglianSignature
                .sign(call.id, call.token, call.at);
        Http.Answer a = Http.send(Http.request(call.url()).header("Authorization", s.authorization())
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertEquals(RonglianError.NOT_JSON.code(), a.json().path("statusCode").asText(), a.body());
        assertTrue(server.deliveries().isEmpty());
    }

    @Test
    void aMessageIsStoredExactlyAsSent() {
        String sent = "a\ud83d\udc4bb 你好 \u0000 \u2028 \ufeff";
        RonglianCall call = new RonglianCall(server).body(RonglianCall.push("1", List.of(Demo.LISI), sent));
        assertEquals("000000", call.send().json().path("statusCode").asText());
        assertEquals(sent, server.deliveries().get(0).content());
        assertEquals(sent, Http.get(server.baseUrl() + "/__admin/tck/deliveries").json().path("deliveries").get(0)
                .path("content").asText(), "and read back over HTTP");
    }

    @Test
    void bytesThatAreNotStrictUtf8AreNotJson() {
        for (byte[] flaw : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong "/"
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) { // past U+10FFFF
            RonglianCall call = new RonglianCall(server);
            byte[] body = call.body.replace("你好", "@").getBytes(StandardCharsets.UTF_8);
            int at = new String(body, StandardCharsets.UTF_8).indexOf('@');
            byte[] spoiled = new byte[body.length - 1 + flaw.length];
            System.arraycopy(body, 0, spoiled, 0, at);
            System.arraycopy(flaw, 0, spoiled, at, flaw.length);
            System.arraycopy(body, at + 1, spoiled, at + flaw.length, body.length - at - 1);
            org.mplus.tck.mock.ronglian.RonglianSignature s = org.mplus.tck.mock.ronglian.RonglianSignature
                    .sign(call.id, call.token, call.at);
            Http.Answer a;
            try {
                a = Http.send(Http.request(call.url()).header("Authorization", s.authorization())
                        .header("Content-Type", "application/json;charset=utf-8")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(spoiled)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(RonglianError.NOT_JSON.code(), a.json().path("statusCode").asText(), a.body());
        }
        assertTrue(server.deliveries().isEmpty());
    }

    @Test
    void garbageNeverGets5xxOrAStackTrace() {
        List<String> bodies = new ArrayList<>(List.of("", "null", "0", "\"x\"", "{", "{}", "{\"a\":", "\u0000",
                "{\"pushType\":{}}", "{\"receiver\":[[]]}", "[" .repeat(5000)));
        for (String body : bodies) {
            for (String endpoint : List.of("/IM/PushMsg", "/IM/Group/QueryGroupDetail", "/IM/User/QueryUser")) {
                Http.Answer a = new RonglianCall(server).endpoint(endpoint).rawBody(body).send();
                assertEquals(200, a.status(), body + " → " + a.body());
                assertTrue(!a.json().path("statusCode").asText("000000").equals("000000"), a.body());
                assertTrue(!a.body().contains("Exception") && !a.body().contains("\tat "), a.body());
            }
        }
        assertTrue(server.deliveries().isEmpty());
    }
}
