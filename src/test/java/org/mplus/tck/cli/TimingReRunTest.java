package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;

/**
 * A timing failure is re-run alone before it is reported. The bridge here asks a server of the test's own before it
 * answers getImType; the server keeps its first answer 8 s, past the timeout, and answers at once afterwards: the
 * scenario times out among the others and passes alone, so it is FLAKY, not a failure. The run judges both vendors,
 * 先维IM's pass first: the scenario that timed out there is re-run alone in 先维IM's pass, 容联云's passed at once.
 */
class TimingReRunTest {

    private static final int SLOW_FIRST_MS = 8000;

    @Test
    void aTimeoutThatDoesNotRepeatAloneIsFlakyWithBothObservations(@TempDir Path work) throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (asked.incrementAndGet() == 1) {
                sleep(SLOW_FIRST_MS);
            }
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            Path bridge = work.resolve("slow-once.js");
            Files.writeString(bridge, Files.readString(Path.of("mock-server/__files/mplus.js"), StandardCharsets.UTF_8)
                    + "\n(function (real) {\n"
                    + "  window.mplus.getImType = function (o) {\n"
                    + "    var xhr = new XMLHttpRequest();\n"
                    + "    xhr.open('GET', 'http://127.0.0.1:" + server.getAddress().getPort() + "/', true);\n"
                    + "    xhr.onload = function () { real(o); };\n"
                    + "    xhr.send();\n"
                    + "  };\n"
                    + "})(window.mplus.getImType);\n", StandardCharsets.UTF_8);
            RunSettings settings = RunSettings.reference().withBridge(BridgeSource.parse(bridge.toString()))
                    .withImTypes(List.of(0, 1));
            Optional<String> tags = Optional.of("@rule:GET-IMTYPE-01");
            List<ScenarioResult> progress = new ArrayList<>();
            RunResult run = new ConformanceRun(settings, tags, 2, Optional.empty()).run(progress::add,
                    RunSetup.of("test", settings, Profile.none(), tags, false, Instant.now()));

            ScenarioResult s = run.scenarios().stream().filter(r -> r.imType().equals(Optional.of(0)))
                    .findFirst().orElseThrow();
            ScenarioResult onRonglian = run.scenarios().stream().filter(r -> r.imType().equals(Optional.of(1)))
                    .findFirst().orElseThrow();
            assertEquals(Verdict.PASS, onRonglian.verdict(), onRonglian.message());
            assertEquals(2, run.scenarios().size(), "the scenario on each vendor, once");
            assertEquals(Verdict.FLAKY, s.verdict(), s.message());
            assertTrue(s.message().startsWith("FLAKY: TIMEOUT among the other scenarios (the kit stopped waiting for "
                    + "getImType after "), s.message());
            assertTrue(s.message().contains("but PASS when re-run alone"), s.message());
            assertTrue(s.message().contains("no callback within"), "the first observation: " + s.message());
            assertEquals(List.of(s), progress.stream().filter(r -> r.id().equals(s.id())).toList(),
                    "the progress line heard the final verdict, once");
            assertEquals(3, asked.get(), "once in each vendor's pass, once alone in 先维IM's");
        } finally {
            server.stop(0);
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
