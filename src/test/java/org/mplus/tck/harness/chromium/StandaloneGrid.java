package org.mplus.tck.harness.chromium;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.grid.commands.Standalone;
import org.openqa.selenium.grid.config.CompoundConfig;
import org.openqa.selenium.grid.config.MemoizedConfig;
import org.openqa.selenium.grid.config.TomlConfig;
import org.openqa.selenium.grid.server.Server;

/**
 * A real Selenium Grid 4 in standalone mode (router, distributor and one node), in this JVM, whose Chrome slots
 * start Debian's chromium through the local chromedriver: what `run --grid` meets on a team's Grid.
 */
final class StandaloneGrid extends Standalone implements AutoCloseable {

    /** Held: the Grid's INFO lines (each session's capabilities) would bury the test's own output. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private static final Duration READY = Duration.ofSeconds(120);

    private final Server<?> server;

    /** @param slots how many Chrome sessions it runs at once */
    StandaloneGrid(int slots) {
        int port = freePort();
        String sandbox = "root".equals(System.getProperty("user.name")) ? "\"--no-sandbox\"" : "";
        String toml = """
                [server]
                host = "127.0.0.1"
                port = %d

                [node]
                detect-drivers = false
                selenium-manager = false
                override-max-sessions = true
                max-sessions = %d

                [[node.driver-configuration]]
                display-name = "Chromium"
                webdriver-executable = "%s"
                max-sessions = %d
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "%s", "args": [%s]}}'
                """.formatted(port, slots, ChromiumEngine.driver(), slots, ChromiumEngine.CHROMIUM, sandbox);
        SELENIUM.setLevel(Level.WARNING);
        server = asServer(new MemoizedConfig(new CompoundConfig(new TomlConfig(new StringReader(toml)),
                getDefaultConfig()))).start();
        awaitReady();
    }

    /**
     * The node registers with the distributor a moment after the server starts: a moment that takes over 30 s when
     * other builds keep both cores busy.
     */
    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String status = http.send(HttpRequest.newBuilder(URI.create(url() + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (status.contains("\"ready\": true") || status.contains("\"ready\":true")) {
                    return;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                // Not listening yet: ask again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("the standalone Grid at " + url() + " did not become ready within " + READY.toSeconds() + " s");
    }

    URI url() {
        return URI.create(server.getUrl().toString().replaceFirst("/$", ""));
    }

    @Override
    public void close() {
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the Grid", e);
        }
    }
}
