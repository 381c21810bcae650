package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mock-server/ is a plain WireMock root: stock WireMock 3.13.2 standalone (fetched by the build into
 * target/stock-wiremock/) starts on it, ignores the kit's transformer names and serves the static parts.
 */
class StockWireMockTest {

    static final Path STANDALONE = Path.of("target/stock-wiremock/wiremock-standalone.jar");
    private static final long START_SECONDS = 120;

    @Test
    void stockWireMockServesMplusJsAndLenientVendorStubs(@TempDir Path root) throws Exception {
        assertTrue(Files.isRegularFile(STANDALONE), "run through Maven: it copies " + STANDALONE);
        HotReloadTest.RootCopy.bundled(root);
        Path mplusJs = root.resolve("__files/mplus.js");
        if (!Files.exists(mplusJs)) {
            // mock-server/__files/mplus.js is written elsewhere; until it lands, stand in with an honest fixture
            Files.createDirectories(mplusJs.getParent());
            Files.writeString(mplusJs, "/* test fixture: mock-server/__files/mplus.js is not there yet */\n");
        }
        String expectedJs = Files.readString(mplusJs);
        Path log = root.resolve("stock.log");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process stock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", STANDALONE.toString(), "--root-dir", root.toString(), "--port", Integer.toString(port),
                "--bind-address", "127.0.0.1", "--disable-banner")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(stock, base + "/__admin/health", log);
            Http.Answer js = Http.get(base + "/mplus.js");
            assertEquals(200, js.status());
            assertEquals(expectedJs, js.body());
            Http.Answer push = Http.postJson(base + "/2013-12-26/Accounts/anything/IM/PushMsg", "{}");
            assertEquals("000000", push.json().path("statusCode").asText(), "lenient: even unsigned succeeds");
            Http.Answer xw = Http.postJson(base + "/im/v1/messages", "{}");
            assertEquals(0, xw.json().path("code").asInt(-1));
            assertEquals("研发部", Http.get(base + "/__tck/client.json").json().path("groups").get(0).path("name")
                    .asText());
            assertEquals("111404", Http.postJson(base + "/2013-12-26/Accounts/x/IM/Nope", "{}").json()
                    .path("statusCode").asText());
            String output = Files.readString(log);
            assertFalse(output.contains("Exception"), output);
        } finally {
            stock.destroy();
            stock.waitFor();
        }
    }

    private static void waitUntilUp(Process p, String url, Path log) throws InterruptedException, IOException {
        // stock WireMock's own start, not the kit's: it takes over 20 s when other builds keep both cores busy
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), () -> "stock WireMock exited: " + read(log));
            try {
                if (Http.get(url).status() == 200) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("stock WireMock did not come up in " + START_SECONDS + " s: " + read(log));
    }

    private static String read(Path log) {
        try {
            return String.join("\n", List.of(Files.readString(log)));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
