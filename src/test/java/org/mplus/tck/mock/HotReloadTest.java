package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits to mappings/ in a root directory take effect without a restart. */
class HotReloadTest {

    @Test
    void aNewStubIsServedAndABadFileKeepsThePreviousStubs(@TempDir Path root) throws Exception {
        RootCopy.bundled(root);
        List<String> news = new CopyOnWriteArrayList<>();
        try (MockServer server = MockServer.start(MockOptions.defaults().withRoot(root).withHotReload(true),
                news::add)) {
            server.serveFile("/__tck/bridge/kept.js", "text/javascript", "1;");
            String url = server.baseUrl() + "/hello";
            assertEquals(404, Http.get(url).status());
            Files.writeString(root.resolve("mappings/hello.json"),
                    "{\"request\":{\"method\":\"GET\",\"url\":\"/hello\"},\"response\":{\"status\":200,\"body\":\"你好\"}}");
            waitFor(() -> Http.get(url).status() == 200, "the new stub");
            assertEquals("你好", Http.get(url).body());
            assertEquals(200, Http.get(server.baseUrl() + "/__tck/bridge/kept.js").status(), "served files survive");
            assertEquals("000000", new RonglianCall(server).send().json().path("statusCode").asText(),
                    "the vendor stubs are still strict");

            Files.writeString(root.resolve("mappings/hello.json"), "{ broken");
            waitFor(() -> news.stream().anyMatch(n -> n.contains("hello.json is not a valid stub")), "the report");
            assertEquals(200, Http.get(url).status(), "a bad file keeps the previous stubs");

            Files.delete(root.resolve("mappings/hello.json"));
            waitFor(() -> Http.get(url).status() == 404, "the stub to go");
        }
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "hot reload did not bring " + what + " within 10 s");
            Thread.sleep(50);
        }
    }

    /** Copies the bundled root (from target/classes) into a directory a test may change. */
    static final class RootCopy {
        static void bundled(Path target) throws IOException {
            Path source = Path.of("mock-server");
            try (var files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }
}
