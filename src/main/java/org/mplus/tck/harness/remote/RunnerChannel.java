package org.mplus.tck.harness.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mplus.tck.harness.News;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.mock.PageRoute;
import org.mplus.tck.spec.KitResources;

/**
 * The kit's end of the runner page's channel, mounted on the mock at {@value #PREFIX}: serves the page and its
 * script, and answers the page's long polls with the kit's commands. One device at a time: while a page of the
 * connected device keeps polling, a page from anywhere else is told it is refused (and asks again now and then). A
 * page that stops polling (the app crashed, the WebView closed, the network dropped) or leaves, or that the kit lost,
 * leaves the place free for the next one that connects.
 */
final class RunnerChannel implements PageRoute {

    static final String PREFIX = "/__tck/runner/";
    private static final String SCRIPT = PREFIX + "runner.js";
    private static final String CHANNEL = PREFIX + "channel";
    /** What the runner asks for at a vendor's host when it connects: only the kit's proxy brings it here. */
    static final String PROBE = PREFIX + "probe";
    private static final String RESOURCES = "org/mplus/tck/harness/remote/";
    /** How long the kit holds a poll open when it has nothing to say: under the usual proxies' idle timeouts. */
    static final Duration HOLD = Duration.ofSeconds(15);
    /** A device not heard from for this long has gone: another may take its place. */
    static final Duration SILENCE = HOLD.plusSeconds(10);
    /**
     * How long after a device connects the kit waits for its probe before it says the device's traffic misses the
     * kit: the probe is an HTTPS exchange through the proxy (a CONNECT, a TLS handshake, the request), which can take
     * seconds on a loaded machine.
     */
    static final Duration PROBE_GRACE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String page = KitResources.read(RESOURCES + "runner.html");
    private final String script = KitResources.read(RESOURCES + "runner.js");
    private final Consumer<PageEvent> events;
    private final String probeUrl;
    private final CompletableFuture<Void> probed = new CompletableFuture<>();
    private final Duration probeGrace;
    /** When the first device connected (System.nanoTime), 0 before. */
    private volatile long firstAdopted;
    private final AtomicInteger pageNumbers = new AtomicInteger();
    private final AtomicInteger commandIds = new AtomicInteger();
    private final Map<String, CompletableFuture<Optional<JsonNode>>> answers = new ConcurrentHashMap<>();
    /** Devices the kit let go, with what their pages are told if they ask again. */
    private final Map<String, String> released = new ConcurrentHashMap<>();
    /** The current page's news of its callbacks. */
    private final News news = new News();
    /**
     * Completes when the page says it heard the kit's stop: not when the stop is handed to its poll, since the answer
     * still has to travel (through the kit's proxy too) after that, and closing the mock then cuts it off.
     */
    private volatile CompletableFuture<Void> stopHeard = new CompletableFuture<>();
    /** The page the last stop was for: only its word completes {@link #stopHeard}; guarded by this. */
    private String stoppedPage;

    /** The connected device and its current page; guarded by this. */
    private String device;
    private String userAgent = "";
    private String mplusType = "";
    private String currentPage;
    private BlockingQueue<ObjectNode> commands = new LinkedBlockingQueue<>();
    private long lastHeard;
    private CompletableFuture<String> arrival = new CompletableFuture<>();
    private String expectedPage;

    /**
     * @param events   where the page's errors and dialogs go as they arrive
     * @param probeUrl the probe at a vendor's host the runner requests when it connects
     */
    RunnerChannel(Consumer<PageEvent> events, String probeUrl) {
        this(events, probeUrl, PROBE_GRACE);
    }

    /** @param probeGrace how long after the first device connected the kit waits for its probe */
    RunnerChannel(Consumer<PageEvent> events, String probeUrl, Duration probeGrace) {
        this.events = events;
        this.probeUrl = probeUrl;
        this.probeGrace = probeGrace;
    }

    /** A connected page as the kit knows it. */
    record Device(String userAgent, String mplusType) {
    }

    @Override
    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(CHANNEL) && "POST".equals(request.getMethod())) {
            JsonNode body = JSON.readTree(request.getInputStream());
            send(response, 200, "application/json; charset=utf-8", JSON.writeValueAsString(poll(body)));
        } else if (path.equals(PROBE)) {
            // a request for a vendor's host from the device, which reached the kit: its proxy is set
            probed.complete(null);
            response.setHeader("Access-Control-Allow-Origin", "*");
            send(response, 200, "text/plain; charset=utf-8", "the device's traffic reaches the kit");
        } else if (path.equals(SCRIPT)) {
            send(response, 200, "application/javascript; charset=utf-8", script);
        } else if (path.equals(PREFIX) || path.equals(PREFIX + "index.html")) {
            response.setHeader("Cache-Control", "no-store");
            send(response, 200, "text/html; charset=utf-8", page);
        } else {
            send(response, 404, "text/plain; charset=utf-8", "no such page of the runner: " + path);
        }
    }

    private static void send(HttpServletResponse response, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** One poll of a page: takes what it reports, then gives it the next command (or "wait" after the hold). */
    private ObjectNode poll(JsonNode body) {
        String from = body.path("device").asText(null);
        String pageId = body.path("page").asText(null);
        BlockingQueue<ObjectNode> queue;
        if (body.path("news").asBoolean()) {
            return heard(from, pageId);
        }
        if (body.path("stopped").asBoolean()) {
            // a page stopped earlier, or told it is no longer the kit's, says so too: not the one the kit waits for
            synchronized (this) {
                if (pageId != null && pageId.equals(stoppedPage)) {
                    stopHeard.complete(null);
                }
            }
            return command("wait");
        }
        synchronized (this) {
            if (from != null && released.containsKey(from)) {
                return stop(released.get(from));
            }
            if (from == null || !from.equals(device)) {
                if (device != null && !silent()) {
                    // it knocks again now and then: once the device has gone, it takes its place
                    return command("refused").put("message", "refused: another device is already connected to this"
                            + " run of the kit (" + userAgent + "), and the kit judges one at a time. Close the"
                            + " runner there, or start another run of the kit (another --port) for this one.");
                }
                adopt(body);
                ObjectNode adopt = command("adopt").put("device", device).put("page", currentPage)
                        .put("probe", probeUrl);
                arrival.complete(currentPage);
                return adopt;
            }
            lastHeard = System.nanoTime();
            if (pageId != null && pageId.equals(expectedPage) && !pageId.equals(currentPage)) {
                currentPage = pageId;
                commands = new LinkedBlockingQueue<>();
                mplusType = body.path("mplus").asText();
                arrival.complete(pageId);
            } else if (pageId == null || !pageId.equals(currentPage)) {
                return stop("this page is no longer the kit's: a newer one took its place");
            }
            report(body);
            if (body.path("left").asBoolean()) {
                // the app left the page or closed it: the next page to connect, from anywhere, takes its place
                leave();
                device = null;
                return command("wait");
            }
            queue = commands;
        }
        try {
            ObjectNode next = queue.poll(HOLD.toMillis(), TimeUnit.MILLISECONDS);
            return next == null ? command("wait") : next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return command("wait");
        }
    }

    /** News from a page, not a poll: answered at once, and heard only from the current page. */
    private ObjectNode heard(String from, String pageId) {
        synchronized (this) {
            if (from == null || !from.equals(device) || pageId == null || !pageId.equals(currentPage)) {
                return command("wait");
            }
        }
        news.heard();
        return command("heard");
    }

    /** The current page's news of its callbacks, to wait on. */
    News news() {
        return news;
    }

    private boolean silent() {
        return System.nanoTime() - lastHeard > SILENCE.toNanos();
    }

    /** A page from no device the kit knows (the first, or one after the last went silent) becomes the device. */
    private void adopt(JsonNode body) {
        if (device != null) {
            leave();
        }
        device = UUID.randomUUID().toString();
        if (firstAdopted == 0) {
            firstAdopted = System.nanoTime();
        }
        currentPage = "p" + pageNumbers.incrementAndGet();
        userAgent = body.path("userAgent").asText("(no user agent)");
        mplusType = body.path("mplus").asText();
        commands = new LinkedBlockingQueue<>();
        lastHeard = System.nanoTime();
        report(body);
    }

    private void report(JsonNode body) {
        for (JsonNode e : body.path("events")) {
            events.accept(new PageEvent(kind(e.path("kind").asText()), e.path("text").asText()));
        }
        for (JsonNode a : body.path("answers")) {
            CompletableFuture<Optional<JsonNode>> waiting = answers.remove(a.path("id").asText());
            if (waiting != null) {
                waiting.complete(a.path("error").isNull() ? Optional.of(a.path("value")) : Optional.empty());
            }
        }
    }

    private static PageEvent.Kind kind(String name) {
        try {
            return PageEvent.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return PageEvent.Kind.SCRIPT_ERROR;
        }
    }

    /** The page has gone: whatever the kit still waits for from it will not come. */
    private void leave() {
        currentPage = null;
        answers.values().forEach(f -> f.complete(null)); // gone: no answer at all
        answers.clear();
    }

    private static ObjectNode command(String kind) {
        return JSON.createObjectNode().put("kind", kind);
    }

    private static ObjectNode stop(String why) {
        return command("stop").put("message", why);
    }

    /**
     * Whether the runner's probe of a vendor's host has reached the kit (the device's proxy is the kit), waiting for it
     * until the probe's grace has passed since the first device connected.
     */
    boolean awaitProbe() {
        long left = firstAdopted == 0 ? 0 : firstAdopted + probeGrace.toNanos() - System.nanoTime();
        try {
            probed.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not within the grace: the device's traffic does not come to the kit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return probed.isDone();
    }

    /** The connected device, once a page has connected and while it keeps polling. */
    synchronized Optional<Device> device() {
        return device == null || silent() || currentPage == null ? Optional.empty()
                : Optional.of(new Device(userAgent, mplusType));
    }

    /** Waits until a page of a device connects (now or already). */
    Optional<Device> awaitDevice(Duration timeout) {
        CompletableFuture<String> next;
        synchronized (this) {
            if (device().isPresent()) {
                return device();
            }
            arrival = new CompletableFuture<>();
            expectedPage = null;
            next = arrival;
        }
        return await(next, timeout) ? device() : Optional.empty();
    }

    /**
     * Sends the current page to a fresh copy of itself and waits for it to connect.
     *
     * @param query what the runner's URL carries besides the page's ids (the admin token off loopback)
     * @return false when the page did not come back in time
     */
    boolean renew(String query, Duration timeout) {
        CompletableFuture<String> next;
        synchronized (this) {
            if (device().isEmpty()) {
                return false;
            }
            expectedPage = "p" + pageNumbers.incrementAndGet();
            arrival = new CompletableFuture<>();
            next = arrival;
            commands.add(command("navigate").put("url", PREFIX + "?device=" + device + "&page=" + expectedPage
                    + query));
        }
        return await(next, timeout);
    }

    private static boolean await(CompletableFuture<String> arrival, Duration timeout) {
        try {
            arrival.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Evaluates a script in the current page: its value (JSON: text, number, boolean), empty when it gave null or
     * threw.
     *
     * @throws PageLost when the page left, or does not answer in time
     */
    Optional<JsonNode> evaluate(String expression, Duration timeout) {
        String id = "e" + commandIds.incrementAndGet();
        CompletableFuture<Optional<JsonNode>> answer = new CompletableFuture<>();
        synchronized (this) {
            if (currentPage == null) {
                throw new PageLost("the page has gone (the app closed it or navigated away)");
            }
            answers.put(id, answer);
            commands.add(command("eval").put("id", id).put("script", expression));
        }
        Optional<JsonNode> value;
        try {
            value = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            answers.remove(id);
            throw new PageLost("the page did not answer within " + timeout.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new PageLost("the page's answer could not be read: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageLost("interrupted while waiting for the page");
        }
        if (value == null) {
            throw new PageLost("the page went away before it answered (the app closed it or navigated away)");
        }
        return value.filter(v -> !v.isNull());
    }

    /**
     * Lets the device go: its page is told to stop, and the next page to connect becomes the device.
     *
     * @return a future that completes once the page says it heard the stop (at once when there is no page to tell;
     *         never for a page that has gone since)
     */
    synchronized CompletableFuture<Void> release(String why) {
        stopHeard = new CompletableFuture<>();
        stoppedPage = currentPage;
        if (currentPage != null) {
            commands.add(stop(why));
        } else {
            stopHeard.complete(null);
        }
        if (device != null) {
            released.put(device, why);
        }
        leave();
        device = null;
        return stopHeard;
    }

    /** The kit has no answer from its page: the device is lost until a page connects again. */
    static final class PageLost extends RuntimeException {
        PageLost(String message) {
            super(message);
        }
    }
}
