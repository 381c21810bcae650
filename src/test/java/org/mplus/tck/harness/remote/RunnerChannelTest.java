package org.mplus.tck.harness.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The kit's end of the runner's channel, with requests as a page sends them. */
class RunnerChannelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL = RunnerChannel.PREFIX + "channel";
    private static final String PROBE_URL = "https://vendor.example/__tck/runner/probe";

    @Test
    void lettingGoWhenNoPageIsThereHasNobodyToTellAndDoesNotWait() {
        RunnerChannel channel = new RunnerChannel(e -> { }, PROBE_URL);
        CompletableFuture<Void> told = channel.release("the run is over");
        assertTrue(told.isDone(), "no page to tell: the kit need not wait for it to hear");
        assertFalse(told.isCompletedExceptionally());
    }

    /**
     * The kit closes its mock once the page has heard the stop: a stop handed to the page's poll may still be on its
     * way (through the kit's proxy too), and closing then leaves the page saying it cannot reach the kit.
     */
    @Test
    void aStopHandedToThePageIsHeardOnlyWhenThePageSaysSo() throws Exception {
        RunnerChannel channel = new RunnerChannel(e -> { }, PROBE_URL);
        JsonNode adopted = JSON.readTree(connect(channel));
        String from = "{\"device\":\"" + adopted.path("device").asText() + "\",\"page\":\""
                + adopted.path("page").asText() + "\"";
        // the page's poll is held open, as it is most of the time, when the kit lets the page go
        CompletableFuture<String> held = new CompletableFuture<>();
        Thread poll = new Thread(() -> held.complete(request(channel, "POST", CHANNEL, from + "}")));
        poll.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (poll.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        CompletableFuture<Void> told = channel.release("the run is over");
        String answer = held.get(10, TimeUnit.SECONDS);
        assertEquals("stop", JSON.readTree(answer).path("kind").asText(), answer);
        assertFalse(told.isDone(), "the stop is handed to the poll, not yet heard");
        request(channel, "POST", CHANNEL, "{\"device\":\"another\",\"page\":\"an-earlier-page\",\"stopped\":true}");
        assertFalse(told.isDone(), "a page stopped before says it heard its own stop, not this one");
        request(channel, "POST", CHANNEL, from + ",\"stopped\":true}");
        assertTrue(told.isDone(), "the page said it heard the stop");
    }

    /** On a loaded machine the probe's HTTPS exchange through the proxy can end after the first @wire scenario. */
    @Test
    void aProbeThatArrivesLateWithinTheGraceStillSaysTheDevicesTrafficComes() throws Exception {
        RunnerChannel channel = new RunnerChannel(e -> { }, PROBE_URL, Duration.ofSeconds(30));
        String adopted = connect(channel);
        assertTrue(adopted.contains("\"kind\":\"adopt\"") && adopted.contains(PROBE_URL), adopted);
        CompletableFuture.runAsync(() -> request(channel, "GET", RunnerChannel.PROBE, ""),
                CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
        long start = System.nanoTime();
        assertTrue(channel.awaitProbe(), "the probe came 500 ms after the question, within the grace");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(400), "it waited for the probe");
    }

    @Test
    void noProbeWithinTheGraceIsTrafficThatDoesNotComeAndIsNotWaitedForTwice() {
        RunnerChannel channel = new RunnerChannel(e -> { }, PROBE_URL, Duration.ofMillis(1500));
        assertFalse(channel.awaitProbe(), "no device yet: nothing to wait for");
        connect(channel);
        assertFalse(channel.awaitProbe());
        long start = System.nanoTime();
        assertFalse(channel.awaitProbe());
        assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(750), "the grace is over: no wait");
    }

    /** A page's first poll: the kit adopts it as the device and tells it where to probe. */
    private static String connect(RunnerChannel channel) {
        return request(channel, "POST", CHANNEL, "{\"userAgent\":\"test\"}");
    }

    /** The channel's answer to one request, as its body. */
    private static String request(RunnerChannel channel, String method, String path, String body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ServletInputStream input = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ServletOutputStream output = new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                RunnerChannelTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getRequestURI" -> path;
                    case "getMethod" -> method;
                    case "getInputStream" -> input;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                RunnerChannelTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> "getOutputStream".equals(m.getName()) ? output : null);
        try {
            channel.answer(request, response);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
