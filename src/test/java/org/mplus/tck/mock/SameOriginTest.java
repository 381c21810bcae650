package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin API (WireMock's and the kit's) and the console's feed answer the mock's own pages and programs
 * only: a page on another origin, or on a DNS name rebound to loopback, is refused before anything happens.
 * The vendor endpoints, mplus.js and the kit's endpoints for pages stay open to any origin (CorsTest).
 */
class SameOriginTest extends SharedMock {

    static final String OTHER = "http://localhost:5173";
    static final String FAULT = "{\"vendor\":\"*\",\"type\":\"vendor-error\"}";
    static final String STUB = "{\"request\":{\"method\":\"GET\",\"url\":\"/planted\"},"
            + "\"response\":{\"status\":200,\"body\":\"<script>steal()</script>\"}}";

    /** A page's request: the body as text/plain (no preflight), from {@code origin}, null for none. */
    static Http.Answer fromPage(String method, String path, String body, String origin, String fetchSite) {
        return Http.send(method, server.baseUrl() + path, body, "Content-Type", "text/plain;charset=UTF-8",
                "Origin", origin, "Sec-Fetch-Site", fetchSite);
    }

    @Test
    void aPageOnAnotherOriginCannotChangeAnything() {
        for (String[] write : List.of(new String[] {"POST", "/__admin/tck/faults", FAULT},
                new String[] {"PUT", "/__admin/tck/im-type", "{\"imType\":0}"},
                new String[] {"POST", "/__admin/mappings", STUB},
                new String[] {"POST", "/__admin/tck/accounts", "{\"users\":[{\"account\":\"mallory\",\"name\":\"M\"}]}"},
                new String[] {"POST", "/__admin/tck/reset", "{}"},
                new String[] {"POST", "/__admin/shutdown", ""})) {
            Http.Answer a = fromPage(write[0], write[1], write[2], OTHER, "same-site");
            assertEquals(403, a.status(), write[1] + ": " + a.body());
            assertTrue(a.json().path("error").asText().contains("another origin (" + OTHER + ")"), a.body());
            assertNull(a.header("Access-Control-Allow-Origin"), write[1]);
        }
        assertTrue(server.faults().list().isEmpty(), "no fault switched on");
        assertEquals(1, server.imType(), "the vendor not switched");
        assertEquals(404, Http.get(server.baseUrl() + "/planted").status(), "no stub planted");
        assertTrue(server.directory().user("mallory").isEmpty(), "no account added");
        assertEquals(200, Http.get(server.baseUrl() + "/__tck/client.json").status(), "not shut down");
    }

    @Test
    void secretsTheJournalAndTheFeedAreNotReadableFromAnotherOrigin() {
        new RonglianCall(server).send();
        for (String path : List.of("/__admin/tck/accounts", "/__admin/tck/requests", "/__admin/tck/deliveries",
                "/__admin/requests", "/__admin/mappings", "/__tck/events")) {
            Http.Answer a = fromPage("GET", path, null, OTHER, "cross-site");
            assertEquals(403, a.status(), path);
            assertNull(a.header("Access-Control-Allow-Origin"), path);
            assertFalse(a.body().contains(Demo.AUTH_TOKEN) || a.body().contains("你好"), path + ": " + a.body());
            // a browser that sends only the fetch metadata (a no-cors request) is refused the same way
            assertEquals(403, fromPage("GET", path, null, null, "cross-site").status(), path);
        }
    }

    @Test
    void aPreflightToTheAdminApiGetsNoCorsHeaders() throws IOException {
        Http.Answer a = Http.send(Http.request(server.baseUrl() + "/__admin/tck/faults")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertNull(a.header("Access-Control-Allow-Origin"), "status " + a.status());
        assertNull(a.header("Access-Control-Allow-Credentials"));
    }

    @Test
    void theMocksOwnPagesAndProgramsStillDriveIt() {
        Http.Answer console = fromPage("POST", "/__admin/tck/faults", FAULT, server.baseUrl(), "same-origin");
        assertEquals(201, console.status(), console.body());
        assertEquals(200, fromPage("GET", "/__tck/events", null, null, "same-origin").status());
        assertEquals(200, fromPage("GET", "/__admin/tck/accounts", null, null, "none").status(), "typed in the bar");
        assertEquals(200, Http.send("DELETE", server.baseUrl() + "/__admin/tck/faults", null).status(), "a program");
        assertTrue(server.faults().list().isEmpty());
    }

    @Test
    void pagesOnOtherOriginsStillReportEventsToTheConsole() {
        Http.Answer a = Http.send("POST", server.baseUrl() + "/__tck/events",
                "{\"type\":\"shared\",\"to\":\"lisi\"}", "Content-Type", "application/json", "Origin", OTHER,
                "Sec-Fetch-Site", "cross-site");
        assertEquals(201, a.status(), a.body());
        assertEquals(OTHER, a.header("Access-Control-Allow-Origin"));
    }

    @Test
    void onLoopbackAHostNameReboundToItIsRefused() throws IOException {
        for (String host : List.of("evil.example:" + server.port(), "127.0.0.1.evil.example", "[::2]")) {
            try (RawHttp raw = new RawHttp(server)) {
                String answer = raw.send("GET /__admin/tck/accounts HTTP/1.1\nHost: " + host + "\nConnection: close",
                        new byte[0]).answer();
                assertEquals(403, RawHttp.status(answer), host + ": " + answer);
                assertFalse(answer.contains(Demo.AUTH_TOKEN), answer);
            }
        }
        for (String host : List.of("localhost:" + server.port(), "127.0.0.1:" + server.port(), "[::1]:80",
                "app.localhost")) {
            try (RawHttp raw = new RawHttp(server)) {
                String answer = raw.send("GET /__admin/tck/accounts HTTP/1.1\nHost: " + host + "\nConnection: close",
                        new byte[0]).answer();
                assertEquals(200, RawHttp.status(answer), host + ": " + answer);
            }
        }
    }

    @Test
    void offLoopbackAnyHostMayUseItWithTheTokenButNotAnotherOrigin() throws IOException {
        try (MockServer lan = MockServer.start(MockOptions.defaults().withBind("0.0.0.0"))) {
            String bearer = "Bearer " + lan.adminToken().orElseThrow();
            try (RawHttp raw = new RawHttp(lan)) {
                String answer = raw.send("GET /__admin/tck/faults HTTP/1.1\nHost: 192.168.1.20:" + lan.port()
                        + "\nAuthorization: " + bearer + "\nConnection: close", new byte[0]).answer();
                assertEquals(200, RawHttp.status(answer), answer);
            }
            Http.Answer foreign = Http.send("POST", lan.baseUrl() + "/__admin/tck/faults", FAULT, "Authorization",
                    bearer, "Origin", OTHER);
            assertEquals(403, foreign.status(), foreign.body());
            assertTrue(lan.faults().list().isEmpty());
        }
    }

    @Test
    void loopbackNamesAreLiteralsOrLocalhost() {
        assertEquals("127.0.0.1", SameOriginPolicy.hostName("127.0.0.1:8080"));
        assertEquals("::1", SameOriginPolicy.hostName("[::1]:8080"));
        assertEquals("localhost", SameOriginPolicy.hostName("localhost"));
        for (String yes : List.of("localhost", "LOCALHOST", "a.localhost", "127.0.0.1", "127.1.2.3", "::1",
                "0:0:0:0:0:0:0:1")) {
            assertTrue(SameOriginPolicy.isLoopbackName(yes), yes);
        }
        for (String no : List.of("localhost.evil.example", "127.0.0.1.nip.io", "10.0.0.1", "::2", "0.0.0.0",
                "evil", "")) {
            assertFalse(SameOriginPolicy.isLoopbackName(no), no);
        }
    }
}
