package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.KitResources;

/** The kit's own endpoints (/__tck/*), the admin API and reset. */
class KitEndpointsTest extends SharedMock {


    @Test
    void clientJsonIsTheFixtureAndMatchesTheStaticStubForStockWireMock() throws IOException {
        JsonNode live = Http.get(server.baseUrl() + "/__tck/client.json").json();
        assertEquals(1, live.path("imType").asInt());
        assertEquals("张三", live.path("user").path("name").asText());
        assertEquals(List.of("lisi", "wangwu"), live.path("contacts").findValuesAsText("account"));
        assertEquals(Demo.AUTH_TOKEN, live.path("ronglian").path("authToken").asText());
        assertEquals(Demo.XW_TOKEN, live.path("xianwei").path("token").asText());
        JsonNode stub = Http.JSON.readTree(KitResources.read("mock-server/mappings/tck-client.json"));
        assertEquals(stub.path("response").path("jsonBody"), live,
                "mappings/tck-client.json's static body must say what the kit says for the fixture");
    }

    @Test
    void clientJsonFollowsTheImTypeSwitchAndAddedAccounts() throws IOException {
        Http.Answer put = Http.send(Http.request(server.baseUrl() + "/__admin/tck/im-type")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"imType\":0}")));
        assertEquals(200, put.status(), put.body());
        assertEquals(0, server.imType());
        Http.Answer added = Http.postJson(server.baseUrl() + "/__admin/tck/accounts",
                "{\"users\":[{\"account\":\"zhaoliu\",\"name\":\"赵六\"}]}");
        assertEquals(200, added.status(), added.body());
        JsonNode live = Http.get(server.baseUrl() + "/__tck/client.json").json();
        assertEquals(0, live.path("imType").asInt());
        assertTrue(live.path("contacts").findValuesAsText("account").contains("zhaoliu"));
        assertEquals(0, new XianweiCall(server).body(XianweiCall.message("single", "zhaoliu", "hi")).send().json()
                .path("code").asInt(-1), "an added user can be sent to");
        server.reset();
        assertEquals(1, server.imType());
        assertTrue(server.directory().user("zhaoliu").isEmpty(), "reset goes back to the fixture");
    }

    @Test
    void theMatchedStubsNameArrivesIntactInItsHeader() throws IOException {
        // WireMock answers with Matched-Stub-Name; HTTP carries headers as Latin-1, so a name in Chinese
        // would reach the browser's network panel as ???
        Http.Answer pushed = new RonglianCall(server).send();
        String name = Http.JSON.readTree(KitResources.read("mock-server/mappings/ronglian-push-msg.json"))
                .path("name").asText();
        assertEquals(name, pushed.header("Matched-Stub-Name"));
        try (Stream<Path> mappings = Files.list(Path.of("mock-server/mappings"))) {
            for (Path mapping : mappings.toList()) {
                String stub = Http.JSON.readTree(mapping.toFile()).path("name").asText();
                assertTrue(stub.chars().allMatch(c -> c >= 0x20 && c < 0x7f), mapping + ": name not ASCII: " + stub);
            }
        }
    }

    @Test
    void badAdminInputIs400WithAReason() throws IOException {
        Http.Answer put = Http.send(Http.request(server.baseUrl() + "/__admin/tck/im-type")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"imType\":2}")));
        assertEquals(400, put.status());
        Http.Answer accounts = Http.postJson(server.baseUrl() + "/__admin/tck/accounts", "{\"users\":[{}]}");
        assertEquals(400, accounts.status());
        assertEquals("users[].account must be a non-empty string", accounts.json().path("error").asText());
    }

    @Test
    void deliveriesAndConversationsAreReadableOverHttp() throws IOException {
        new RonglianCall(server).send();
        new RonglianCall(server).body(RonglianCall.push("2", List.of(Demo.GROUP), "群消息")).send();
        JsonNode deliveries = Http.get(server.baseUrl() + "/__admin/tck/deliveries").json().path("deliveries");
        assertEquals(2, deliveries.size());
        assertEquals("USER", deliveries.get(0).path("chatType").asText());
        JsonNode chat = Http.get(server.baseUrl() + "/__tck/conversations/ronglian/lisi").json();
        assertEquals(List.of("你好"), chat.path("messages").findValuesAsText("content"));
        JsonNode group = Http.get(server.baseUrl() + "/__tck/conversations/ronglian/" + Demo.GROUP).json();
        assertEquals(List.of("群消息"), group.path("messages").findValuesAsText("content"));
        assertEquals(0, Http.get(server.baseUrl() + "/__tck/conversations/xianwei/lisi").json().path("messages")
                .size());
        assertEquals(404, Http.get(server.baseUrl() + "/__tck/conversations/wechat/lisi").status());
        JsonNode requests = Http.get(server.baseUrl() + "/__admin/tck/requests").json().path("requests");
        assertEquals(2, requests.size());
        Http.send(Http.request(server.baseUrl() + "/__admin/tck/deliveries").DELETE());
        assertTrue(server.deliveries().isEmpty());
    }

    @Test
    void theFeedIsPolledAfterASeqAndTakesTheBridgesReports() {
        new RonglianCall(server).send();
        RonglianCall bad = new RonglianCall(server);
        bad.sig = "00";
        bad.send();
        JsonNode page = Http.get(server.baseUrl() + "/__tck/events?after=0").json();
        assertEquals(List.of("delivered", "refused"), page.path("events").findValuesAsText("type"));
        long last = page.path("last").asLong();
        Http.Answer posted = Http.postJson(server.baseUrl() + "/__tck/events",
                "{\"type\":\"chat-opened\",\"vendor\":\"ronglian\",\"account\":\"lisi\",\"name\":\"李四\"}");
        assertEquals(201, posted.status(), posted.body());
        JsonNode next = Http.get(server.baseUrl() + "/__tck/events?after=" + last).json();
        assertEquals(1, next.path("events").size());
        JsonNode opened = next.path("events").get(0);
        assertEquals(List.of("chat-opened", "ronglian", "李四"), List.of(opened.path("type").asText(),
                opened.path("vendor").asText(), opened.path("name").asText()));
        assertEquals(400, Http.postJson(server.baseUrl() + "/__tck/events", "{\"type\":\"delivered\"}").status(),
                "the bridge cannot fake a delivery");
        assertEquals(400, Http.postJson(server.baseUrl() + "/__tck/events", "{").status());
        assertEquals(400, Http.get(server.baseUrl() + "/__tck/events?after=x").status());
    }

    @Test
    void servedFilesAreServedAndReplaced() {
        server.serveFile("/__tck/bridge/x.js", "text/javascript;charset=utf-8", "window.mplus = {v: 1};");
        server.serveFile("/__tck/bridge/x.js", "text/javascript;charset=utf-8", "window.mplus = {v: '二'};");
        Http.Answer a = Http.get(server.baseUrl() + "/__tck/bridge/x.js");
        assertEquals("window.mplus = {v: '二'};", a.body());
        assertTrue(a.header("Content-Type").startsWith("text/javascript"));
        server.reset();
        assertEquals(200, Http.get(server.baseUrl() + "/__tck/bridge/x.js").status(), "served files survive reset");
    }

    @Test
    void aRequestJettyCannotParseGetsEachVendorsErrorInJsonNotAnHtmlPage() throws IOException {
        for (String head : List.of("GET /im/v1/users/%zz HTTP/1.1\nHost: 127.0.0.1",
                "POST /2013-12-26/Accounts/%zz/IM/PushMsg HTTP/1.1\nHost: 127.0.0.1\nContent-Length: 0",
                "GET /im/v1/users/lisi HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer \u001f")) {
            try (RawHttp raw = new RawHttp(server)) {
                String answer = raw.send(head + "\nConnection: close", new byte[0]).answer();
                assertEquals(400, RawHttp.status(answer), answer);
                assertTrue(answer.contains("Content-Type: application/json"), answer);
                JsonNode body = Http.JSON.readTree(RawHttp.body(answer));
                assertEquals("40410", body.path("code").asText(), "先维IM's own fields: " + answer);
                assertEquals("111404", body.path("statusCode").asText(), "容联云's own fields: " + answer);
                assertTrue(body.path("error").asText().contains("percent-encoding"), answer);
            }
        }
    }
}
