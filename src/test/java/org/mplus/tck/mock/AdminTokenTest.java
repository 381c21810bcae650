package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Bound to anything but loopback, the admin API (WireMock's and the kit's) requires the printed token. */
class AdminTokenTest {

    @Test
    void aWildcardBindMakesAToken() throws IOException {
        try (MockServer server = MockServer.start(MockOptions.defaults().withBind("0.0.0.0"))) {
            String token = server.adminToken().orElseThrow();
            assertTrue(token.length() >= 32, token);
            String url = server.baseUrl() + "/__admin/tck/im-type";
            assertEquals(401, Http.get(url).status());
            assertEquals(401, Http.get(server.baseUrl() + "/__admin/mappings").status());
            assertEquals(401, Http.send(Http.request(url).header("Authorization", "Token " + token)).status());
            assertEquals(401, Http.send(Http.request(url).header("Authorization", "Bearer x" + token)).status());
            assertEquals(200, Http.send(Http.request(url).header("Authorization", "Bearer " + token)).status());
            assertEquals(200, Http.get(server.baseUrl() + "/__tck/client.json").status(), "kit endpoints stay open");
        }
    }

    @Test
    void loopbackNeedsNoTokenUnlessOneIsGiven() throws IOException {
        try (MockServer open = MockServer.start()) {
            assertTrue(open.adminToken().isEmpty());
            assertEquals(200, Http.get(open.baseUrl() + "/__admin/tck/im-type").status());
        }
        try (MockServer guarded = MockServer.start(MockOptions.defaults().withAdminToken("s3cret"))) {
            assertEquals(401, Http.get(guarded.baseUrl() + "/__admin/tck/faults").status());
            assertEquals(200, Http.send(Http.request(guarded.baseUrl() + "/__admin/tck/faults")
                    .header("Authorization", "Bearer s3cret")).status());
        }
    }
}
