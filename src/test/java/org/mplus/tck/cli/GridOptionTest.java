package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --grid URL` before any browser starts: a Grid that cannot be reached, that is no Grid, that has no Chrome slot
 * or too few free ones for the run's workers, and options that do not go together, each stop the run with one line
 * that says which and exit 2. None needs Chromium or a real Grid.
 */
class GridOptionTest {

    @TempDir
    Path temp;

    @Test
    void aGridWhereNothingListensIsAHarnessErrorSaidInOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there now
        }
        Cli run = run("--engine", "chromium", "--grid", "http://127.0.0.1:" + port);

        assertEquals(Main.USAGE, run.exit());
        String expected = "harness error: the Selenium Grid at http://127.0.0.1:" + port + " cannot be reached: "
                + "nothing listens at 127.0.0.1:" + port + " (connection refused); start the Grid, or give --grid "
                + "the URL of a running one";
        assertEquals(expected, run.lastLine());
        assertEquals("mplus-tck run: " + expected, run.err().strip());
    }

    @Test
    void aGridWithoutAChromeSlotIsAHarnessErrorThatSaysWhatItOffers() throws IOException {
        try (FakeGrid grid = new FakeGrid(node(slot("firefox", false), slot("MicrosoftEdge", false)))) {
            Cli run = run("--engine", "chromium", "--grid", grid.url());

            assertEquals(Main.USAGE, run.exit());
            assertEquals("harness error: the Selenium Grid at " + grid.url() + " has no Chrome slot (its nodes offer "
                    + "firefox, MicrosoftEdge): add a Chrome node to it, or give --grid one that has", run.lastLine());
        }
    }

    @Test
    void moreWorkersThanFreeChromeSlotsIsAHarnessErrorThatSaysHowMany() throws IOException {
        try (FakeGrid grid = new FakeGrid(node(slot("chrome", false), slot("chrome", true), slot("chrome", false)))) {
            Cli run = run("--engine", "chromium", "--grid", grid.url(), "--threads", "4");

            assertEquals(Main.USAGE, run.exit());
            assertEquals("harness error: the Selenium Grid at " + grid.url() + " has 2 free Chrome slot(s) of 3, and "
                    + "the run opens 4 session(s), one per worker: give --threads 2, or add Chrome slots to the Grid",
                    run.lastLine());
        }
    }

    @Test
    void withoutThreadsTheRunTakesTheGridsFreeChromeSlotsAndNoneFreeIsAHarnessError() throws IOException {
        try (FakeGrid busy = new FakeGrid(node(slot("chrome", true)))) {
            Cli run = run("--engine", "chromium", "--grid", busy.url());

            assertEquals(Main.USAGE, run.exit());
            assertEquals("harness error: the Selenium Grid at " + busy.url() + " has 0 free Chrome slot(s) of 1, and "
                    + "the run opens 1 session(s), one per worker: run again once a slot is free, or add Chrome slots "
                    + "to the Grid", run.lastLine());
        }
    }

    @Test
    void aServerThatIsNoGridIsAHarnessError() throws IOException {
        try (FakeGrid notAGrid = new FakeGrid("<html>hello</html>")) {
            Cli run = run("--engine", "chromium", "--grid", notAGrid.url());

            assertEquals(Main.USAGE, run.exit());
            assertTrue(run.lastLine().startsWith("harness error: the Selenium Grid at " + notAGrid.url()
                    + " is not a Selenium Grid 4: " + notAGrid.url() + "/status answered HTTP 200"), run.lastLine());
        }
    }

    @Test
    void theGridNeedsTheChromiumEngineAndAdvertiseNeedsTheGrid() {
        Cli htmlUnit = run("--grid", "http://127.0.0.1:4444");
        assertEquals(Main.USAGE, htmlUnit.exit());
        assertEquals("usage error: --grid opens Chromium sessions on a Selenium Grid: add --engine chromium",
                htmlUnit.lastLine());

        Cli alone = run("--advertise", "10.0.0.5");
        assertEquals(Main.USAGE, alone.exit());
        assertEquals("usage error: --advertise names this machine to a Selenium Grid's nodes or to a device: give "
                + "--grid URL or --engine remote too, or leave it out", alone.lastLine());

        Cli notAUrl = run("--engine", "chromium", "--grid", "grid:4444");
        assertEquals(Main.USAGE, notAUrl.exit());
        assertEquals("usage error: --grid grid:4444 is not a Grid's URL: give its http address, e.g. "
                + "http://grid.example:4444", notAUrl.lastLine());
    }

    private static String node(String... slots) {
        return "{\"value\": {\"ready\": true, \"message\": \"Selenium Grid ready.\", \"nodes\": [{\"availability\": "
                + "\"UP\", \"slots\": [" + String.join(", ", slots) + "]}]}}";
    }

    private static String slot(String browserName, boolean busy) {
        return "{\"session\": " + (busy ? "{\"sessionId\": \"s1\"}" : "null") + ", \"stereotype\": {\"browserName\": \""
                + browserName + "\"}}";
    }

    private Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--report-dir", temp.resolve("reports").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    /** Answers /status with a fixed body, as a Grid's router does. */
    private static final class FakeGrid implements AutoCloseable {
        private final HttpServer server;

        FakeGrid(String status) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/status", exchange -> {
                byte[] body = status.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
