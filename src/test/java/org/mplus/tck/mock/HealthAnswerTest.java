package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /__tck/health: a probe's answer, without the token, outside the journal and the feed, whatever the root. */
class HealthAnswerTest {

    @Test
    void aProbeNeedsNoTokenAndLeavesNoTrace() {
        try (MockServer server = MockServer.start(MockOptions.defaults().withBind("0.0.0.0"))) {
            String url = server.baseUrl() + "/__tck/health";
            assertEquals(401, Http.get(server.baseUrl() + "/__admin/tck/im-type").status(), "the admin API is guarded");
            int journaled = server.wireMock().getAllServeEvents().size();
            int events = server.events().size();

            Http.Answer get = Http.get(url);
            assertEquals(200, get.status(), get.body());
            assertEquals("up", get.json().path("status").asText());
            assertEquals("no-store", get.header("Cache-Control"));
            Http.Answer head = Http.send("HEAD", url, null);
            assertEquals(200, head.status());
            assertEquals("", head.body());
            Http.Answer fromAnotherSite = Http.send("GET", url, null, "Origin", "https://elsewhere.example");
            assertEquals(200, fromAnotherSite.status(), "it tells a page nothing but that the mock is up");

            assertEquals(journaled, server.wireMock().getAllServeEvents().size(), "probes are not journaled");
            assertEquals(events, server.events().size(), "nor in the console's feed");
            assertNotEquals(200, Http.send("POST", url, "{}").status(), "only GET and HEAD are the probe");
        }
    }

    @Test
    void aRootWithoutTheKitsStubsStillAnswersProbes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("__files"));
        Files.createDirectories(root.resolve("mappings"));
        try (MockServer server = MockServer.start(MockOptions.defaults().withRoot(root))) {
            assertEquals(200, Http.get(server.baseUrl() + "/__tck/health").status());
            assertEquals(404, Http.get(server.baseUrl() + "/__tck/client.json").status(), "no stubs in this root");
        }
    }
}
