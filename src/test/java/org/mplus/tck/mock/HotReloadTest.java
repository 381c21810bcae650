package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits to mappings/ in a root directory take effect without a restart. */
class HotReloadTest {

    @Test
    void aNewStubIsServedAndABadFileKeepsThePreviousStubs(@TempDir Path root) throws Exception {
        List<String> news = new CopyOnWriteArrayList<>();
        try (MockServer server = watching(root, news::add)) {
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

    @Test
    void vanishingTemporaryFilesAndFoldersNeverStopTheWatcher(@TempDir Path root) throws Exception {
        List<String> news = new CopyOnWriteArrayList<>();
        try (MockServer server = watching(root, news::add)) {
            Path mappings = root.resolve("mappings");
            AtomicBoolean churning = new AtomicBoolean(true);
            Thread editor = new Thread(() -> {
                // what editors and sync tools do: files and folders that exist for a moment, here in bursts that
                // end just as the watcher (which waits for a burst to settle) starts to read the folder
                java.util.Random pause = new java.util.Random(7);
                while (churning.get()) {
                    List<Path> made = new java.util.ArrayList<>();
                    try {
                        for (int i = 0; i < 200; i++) {
                            Path dir = Files.createDirectories(mappings.resolve("tmp" + i));
                            made.add(dir);
                            made.add(Files.writeString(dir.resolve("half.json"), "{\"request\":"));
                            made.add(Files.writeString(mappings.resolve("hello.json.tmp" + i), "{"));
                        }
                        Thread.sleep(140 + pause.nextInt(60));
                    } catch (IOException e) {
                        // the watcher's view of the folder is what is under test, not this thread's
                    } catch (InterruptedException e) {
                        return;
                    }
                    java.util.Collections.reverse(made);
                    made.forEach(p -> p.toFile().delete());
                }
            }, "churn");
            editor.start();
            Thread.sleep(6000);
            churning.set(false);
            editor.join();
            try (var left = Files.walk(mappings)) {
                left.filter(p -> p.getFileName().toString().startsWith("tmp")).sorted(java.util.Comparator
                        .reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Files.writeString(mappings.resolve("hello.json"),
                    "{\"request\":{\"method\":\"GET\",\"url\":\"/hello\"},\"response\":{\"status\":200}}");
            waitFor(() -> Http.get(server.baseUrl() + "/hello").status() == 200, "the stub written after the churn");
            assertTrue(news.stream().noneMatch(n -> n.contains("stopped")), String.join("\n", news));

            deleteTree(mappings);
            waitFor(() -> news.stream().anyMatch(n -> n.contains("is gone")), "word that mappings/ is gone");
            assertEquals(200, Http.get(server.baseUrl() + "/hello").status(), "the stubs stay while it is gone");
            Files.createDirectories(mappings);
            Files.writeString(mappings.resolve("again.json"),
                    "{\"request\":{\"method\":\"GET\",\"url\":\"/again\"},\"response\":{\"status\":200}}");
            waitFor(() -> Http.get(server.baseUrl() + "/again").status() == 200, "a stub in the folder made again");
        }
    }

    @Test
    void aBadStubIsReportedByWhatIsWrongWithIt(@TempDir Path root) throws Exception {
        List<String> news = new CopyOnWriteArrayList<>();
        try (MockServer server = watching(root, news::add)) {
            Path file = root.resolve("mappings/bad.json");
            for (String[] bad : List.of(
                    new String[] {"{ broken", "not JSON", "line 1, column 3"},
                    new String[] {"{\"request\":{\"urlPath\":\"/a\"},\"response\":{\"status\":\"x\"}}",
                        "at /response/status", "expected a whole number"},
                    new String[] {"{\"requst\":{\"url\":\"/a\"}}", "unknown field \"requst\"", "request, response"},
                    new String[] {"{\"request\":\"GET /a\"}", "at /request", "found the string \"GET /a\""},
                    new String[] {"[]", "expected a stub (a JSON object)", "Array"},
                    new String[] {"", "is empty", "bad.json"})) {
                news.clear();
                Files.writeString(file, bad[0]);
                waitFor(() -> news.stream().anyMatch(n -> n.contains("bad.json is not a valid stub")), "the report");
                String line = news.stream().filter(n -> n.contains("bad.json")).findFirst().orElseThrow();
                assertTrue(line.contains(bad[1]) && line.contains(bad[2]), bad[0] + " → " + line);
                assertFalse(line.contains("Error parsing JSON") || line.contains("com.github"), line);
            }
        }
    }

    @Test
    void aStubThatMatchesEveryUrlIsWarnedAboutAtStartAndOnReload(@TempDir Path root) throws Exception {
        List<String> news = new CopyOnWriteArrayList<>();
        RootCopy.bundled(root);
        Files.writeString(root.resolve("mappings/empty.json"), "{}");
        try (MockServer server = MockServer.start(MockOptions.defaults().withRoot(root).withHotReload(true),
                news::add)) {
            assertTrue(news.stream().anyMatch(n -> n.contains("mappings/empty.json") && n.contains("matches every URL")),
                    "at start: " + news);
            news.clear();
            Files.writeString(root.resolve("mappings/all.json"), "{\"mappings\":[{\"request\":{\"url\":\"/x\"}},"
                    + "{\"name\":\"everything\",\"request\":{\"method\":\"POST\",\"urlPathPattern\":\"/.*\"}}]}");
            waitFor(() -> news.stream().anyMatch(n -> n.contains("mappings/all.json: stub 2 (everything) matches every URL")),
                    "the warning on reload");
            assertFalse(news.stream().anyMatch(n -> n.contains("stub 1")), String.join("\n", news));
        }
    }

    @Test
    void aWatcherThatStopsSaysSo(@TempDir Path root) throws Exception {
        List<String> news = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<String> failing = line -> {
            news.add(line);
            if (line.startsWith("reloaded")) {
                throw new StackOverflowError("as deep as it goes"); // what no catch in the loop should swallow
            }
        };
        try (MockServer server = watching(root, failing)) {
            Files.writeString(root.resolve("mappings/hello.json"),
                    "{\"request\":{\"method\":\"GET\",\"url\":\"/hello\"},\"response\":{\"status\":200}}");
            waitFor(() -> news.stream().anyMatch(n -> n.startsWith("hot reload stopped")), "word that it stopped");
            assertTrue(news.stream().anyMatch(n -> n.contains("StackOverflowError") && n.contains("ignored")), news.toString());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** A mock on a copy of the bundled root, its mappings/ watched; what the watcher says goes to {@code news}. */
    private static MockServer watching(Path root, java.util.function.Consumer<String> news) throws IOException {
        RootCopy.bundled(root);
        return MockServer.start(MockOptions.defaults().withRoot(root).withHotReload(true), news);
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
