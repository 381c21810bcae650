package org.mplus.tck.harness.chromium;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.ConstantScripts;
import org.mplus.tck.harness.VendorRoutes;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.DevToolsException;
import org.openqa.selenium.devtools.v156.fetch.Fetch;
import org.openqa.selenium.devtools.v156.fetch.model.HeaderEntry;
import org.openqa.selenium.devtools.v156.fetch.model.RequestPattern;
import org.openqa.selenium.devtools.v156.fetch.model.RequestPaused;
import org.openqa.selenium.devtools.v156.fetch.model.RequestStage;
import org.openqa.selenium.devtools.v156.network.model.ErrorReason;
import org.openqa.selenium.devtools.v156.network.model.PostDataEntry;
import org.openqa.selenium.devtools.v156.network.model.Request;

/**
 * Answers the page's requests to the vendors' real hosts from the mock, through DevTools Fetch interception:
 * Chromium pauses each one (preflights included), the kit replays it against the mock and fulfils it with the
 * mock's status, headers and body. The page sees the vendor's URL answered, with no DNS or TLS involved. It also
 * makes the mock's constant scripts cacheable for the browser, as they reach the page.
 */
final class VendorInterceptor {

    /** Headers the JDK client sets itself, or that would make the mock's answer differ from what the page gets. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "accept-encoding", "keep-alive", "transfer-encoding", "te", "trailer",
            "proxy-connection");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "content-encoding");
    /** What a cacheable answer loses: what said not to cache it. */
    private static final Set<String> NOT_CACHED = Set.of("cache-control", "pragma", "expires");

    private final DevTools devTools;
    /** The page's requests on their way to the mock, until the mock has answered each. */
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private volatile VendorRoutes routes;
    /** Where the page reaches the mock: the kit's address, or the one a Grid's browsers are given. */
    private volatile URI pageOrigin;
    /** Whether a scenario's page is open: a request paused while none is comes from a page the kit has left. */
    private volatile boolean pageOpen;
    /** Requests handed over whose page is being checked: once 0, each one let through is in {@link #inFlight}. */
    private final AtomicInteger checking = new AtomicInteger();

    VendorInterceptor(DevTools devTools) {
        this.devTools = devTools;
        devTools.addListener(Fetch.requestPaused(), this::paused);
    }

    /**
     * A scenario's page is about to open: pauses requests to the routes' vendor origins from now on (the mock may
     * differ between workbenches) and answers them until {@link #pageLeft}.
     */
    void routeTo(VendorRoutes next, URI page) {
        pageOpen = true;
        URI origin = page.resolve("/");
        if (next.equals(routes) && origin.equals(pageOrigin)) {
            return;
        }
        routes = next;
        pageOrigin = origin;
        List<RequestPattern> patterns = new ArrayList<>();
        next.vendorOrigins().forEach(o -> patterns.add(new RequestPattern(
                Optional.of(o.toString().replaceAll("/$", "") + "/*"), Optional.empty(), Optional.empty())));
        ConstantScripts.urlPatterns(origin).forEach(p -> patterns.add(new RequestPattern(Optional.of(p),
                Optional.empty(), Optional.of(RequestStage.RESPONSE))));
        devTools.send(Fetch.enable(Optional.of(patterns), Optional.of(false)));
    }

    /**
     * A constant script's answer ({@link ConstantScripts}), before the page reads it: made cacheable, so that the
     * next scenario's page takes it from the browser's cache instead of the mock, as HtmlUnit does. Only for this
     * browser, whose run does not change them; the mock still tells every other client not to cache them.
     */
    private void cacheable(RequestPaused answer) {
        int status = answer.getResponseStatusCode().orElseThrow();
        if (status != 200) {
            quietly(() -> devTools.send(Fetch.continueResponse(answer.getRequestId(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
            return;
        }
        List<HeaderEntry> headers = new ArrayList<>();
        answer.getResponseHeaders().orElse(List.of()).stream()
                .filter(h -> !NOT_CACHED.contains(h.getName().toLowerCase(Locale.ROOT)))
                .forEach(headers::add);
        headers.add(new HeaderEntry("Cache-Control", "max-age=86400"));
        // with headers changed DevTools wants the status line too
        quietly(() -> devTools.send(Fetch.continueResponse(answer.getRequestId(), Optional.of(status),
                answer.getResponseStatusText().filter(t -> !t.isEmpty()).or(() -> Optional.of("OK")),
                Optional.of(headers), Optional.empty())));
    }

    /** Runs on DevTools' event thread: hand the work to the HTTP client, never block here. */
    private void paused(RequestPaused paused) {
        if (paused.getResponseStatusCode().isPresent()) {
            cacheable(paused);
            return;
        }
        // a constant script the mock did not answer (a network error, no status) goes on as any request not routed
        // counted before the page is checked: a leave that misses this request waits for it to be in flight
        checking.incrementAndGet();
        try {
            if (pageOpen) {
                forward(paused);
                return;
            }
        } finally {
            checking.decrementAndGet();
        }
        quietly(() -> devTools.send(Fetch.failRequest(paused.getRequestId(), ErrorReason.ABORTED)));
    }

    private void forward(RequestPaused paused) {
        Request request = paused.getRequest();
        Optional<URI> target = Optional.ofNullable(routes).flatMap(r -> r.route(URI.create(request.getUrl())));
        if (target.isEmpty()) {
            quietly(() -> devTools.send(Fetch.continueRequest(paused.getRequestId(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
            return;
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(toMock(target.get(), request),
                HttpResponse.BodyHandlers.ofByteArray());
        inFlight.add(exchange);
        exchange.whenComplete((answer, failure) -> inFlight.remove(exchange));
        exchange.whenComplete((answer, failure) -> quietly(() -> {
                    if (failure != null) {
                        devTools.send(Fetch.failRequest(paused.getRequestId(), ErrorReason.CONNECTIONRESET));
                    } else {
                        devTools.send(Fetch.fulfillRequest(paused.getRequestId(), answer.statusCode(),
                                Optional.of(headers(answer.headers().map())), Optional.empty(),
                                Optional.of(Base64.getEncoder().encodeToString(answer.body())), Optional.empty()));
                    }
                }));
    }

    /**
     * The page is being left: a request the browser hands over from now on is failed, never replayed into the next
     * scenario's mock. Those already handed over are forwarded, and {@link #awaitExchanges} waits for them.
     */
    void pageLeft() {
        pageOpen = false;
    }

    /**
     * Waits, at most {@code max}, until the mock has answered every request the page sent, ones it gave up on too:
     * a late one must land before the next scenario resets the mock, not in that scenario.
     */
    void awaitExchanges(Duration max) {
        long until = System.currentTimeMillis() + max.toMillis();
        while (checking.get() > 0 && System.currentTimeMillis() < until) {
            CallWatch.pause(1);
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // still on its way after the longest answer the suite plays, or failed: nothing more to wait for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest toMock(URI target, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60));
        request.getHeaders().forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                try {
                    builder.header(name, String.valueOf(value));
                } catch (IllegalArgumentException e) {
                    // One the JDK keeps for itself (Date, Via…): the mock does not read those.
                }
            }
        });
        byte[] body = body(request);
        return builder.method(request.getMethod(), body.length == 0 && !hasBody(request.getMethod())
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static boolean hasBody(String method) {
        return !Set.of("GET", "HEAD", "OPTIONS", "DELETE").contains(method.toUpperCase(Locale.ROOT));
    }

    /** The request body: DevTools gives it as base64 entries (postData alone is lossy for binary bodies). */
    private static byte[] body(Request request) {
        Optional<List<PostDataEntry>> entries = request.getPostDataEntries();
        if (entries.isPresent()) {
            var out = new java.io.ByteArrayOutputStream();
            entries.get().forEach(e -> e.getBytes().ifPresent(b -> out.writeBytes(Base64.getDecoder().decode(b))));
            return out.toByteArray();
        }
        return request.getPostData().map(p -> p.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
    }

    private static List<HeaderEntry> headers(Map<String, List<String>> answer) {
        return answer.entrySet().stream()
                .filter(h -> !NOT_RETURNED.contains(h.getKey().toLowerCase(Locale.ROOT)) && !h.getKey().startsWith(":"))
                .flatMap(h -> h.getValue().stream().map(v -> new HeaderEntry(h.getKey(), v)))
                .toList();
    }

    /** A request the page abandoned (it navigated away) can no longer be answered: nothing to do then. */
    private static void quietly(Runnable devToolsCall) {
        try {
            devToolsCall.run();
        } catch (DevToolsException e) {
            // The paused request is gone with its page.
        }
    }
}
