package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page from a front-end dev server on another port calls the vendors and the kit's endpoints. */
class CorsTest {

    static final String ORIGIN = "http://localhost:5173";
    static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start();
        server.serveFile("/__tck/bridge/cors.js", "text/javascript", "1;");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void preflightIsAnsweredForVendorKitAndStaticPaths() throws IOException {
        for (String path : List.of("/2013-12-26/Accounts/" + Demo.ACCOUNT_SID + "/IM/PushMsg?sig=X",
                "/im/v1/messages", "/__tck/events", "/__tck/client.json", "/__tck/bridge/cors.js")) {
            Http.Answer a = Http.send(Http.request(server.baseUrl() + path)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type,authorization,x-xianwei-app"));
            assertEquals(200, a.status(), path);
            assertEquals(ORIGIN, a.header("Access-Control-Allow-Origin"), path);
            assertTrue(a.header("Access-Control-Allow-Methods").contains("POST"), path);
            String headers = a.header("Access-Control-Allow-Headers").toLowerCase(java.util.Locale.ROOT);
            assertTrue(headers.contains("authorization") && headers.contains("x-xianwei-app"), headers);
        }
        assertTrue(server.vendorRequests().isEmpty(), "a preflight is not a vendor request");
    }

    @Test
    void answersCarryTheOriginAlsoWhenTheyAreErrors() throws IOException {
        Http.Answer refused = Http.send(Http.request(server.baseUrl() + "/im/v1/messages").header("Origin", ORIGIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(401, refused.status());
        assertEquals(ORIGIN, refused.header("Access-Control-Allow-Origin"));
        Http.Answer file = Http.send(Http.request(server.baseUrl() + "/__tck/client.json").header("Origin", "null"));
        assertNotNull(file.header("Access-Control-Allow-Origin"), "a page opened from file:// sends Origin: null");
    }
}
