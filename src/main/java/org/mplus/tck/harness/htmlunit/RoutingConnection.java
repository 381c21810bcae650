package org.mplus.tck.harness.htmlunit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.mplus.tck.harness.ConstantScripts;
import org.mplus.tck.harness.VendorRoutes;

/**
 * HtmlUnit's network seen through the kit: vendor hosts answered by the mock, and the instrumentation put at
 * the head of a bridge's own page before any of its scripts.
 */
final class RoutingConnection extends WebConnectionWrapper {

    private final WebClient client;
    /** Where the network exchanges of asynchronous requests run, so that the page's timers go on meanwhile. */
    private final ExecutorService network = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mplus-tck htmlunit network");
        t.setDaemon(true);
        return t;
    });
    /** Exchanges sent and not yet answered, counted until the mock has the whole of each. */
    private final Object exchanges = new Object();
    private int inFlight;
    private VendorRoutes routes;
    private URI instrumentedPage;
    private EventLoop loop;

    RoutingConnection(WebClient client) {
        super(client);
        this.client = client;
    }

    /** The page's event loop, turned while an asynchronous request waits for its answer. */
    interface EventLoop {
        /** Runs what is due on the page; false once the call under way is over and nothing more should run. */
        boolean turn();

        /** How long nothing is due on the page. */
        long msUntilDue();
    }

    void configure(VendorRoutes routes, URI instrumentedPage) {
        this.routes = routes;
        this.instrumentedPage = instrumentedPage;
    }

    /** The loop to turn while asynchronous requests wait; null: requests block, as outside a call. */
    void runWhileWaiting(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public WebResponse getResponse(WebRequest request) throws IOException {
        Optional<URI> routed = routes == null ? Optional.empty() : routes.route(toUri(request));
        if (routed.isPresent()) {
            WebResponse answer = exchange(redirected(request, routed.get()));
            // The page must believe the vendor answered: same URL as it asked for.
            try (var body = answer.getContentAsStream()) {
                return answered(request, answer, body.readAllBytes());
            }
        }
        WebResponse answer = exchange(request);
        if (isConstantScript(request, answer)) {
            return cacheable(request, answer);
        }
        if (instrumentedPage != null && instrumentedPage.equals(toUri(request))
                && answer.getContentType().contains("html")) {
            return withInstrumentation(answer, request);
        }
        return answer;
    }

    /**
     * Sends a request and waits for its answer. An asynchronous request's wait, as in a browser, lets the page's
     * timers run (they may abort it: then the wait ends at once); once the call under way is over, the wait only
     * waits, so that the mock has seen the whole exchange before the kit looks at what it received.
     */
    private WebResponse exchange(WebRequest request) throws IOException {
        PageJobs jobs = client.getCurrentWindow().getJobManager() instanceof PageJobs p ? p : null;
        RequestJob job = jobs == null ? null : jobs.currentRequest();
        EventLoop turning = loop;
        if (job == null || turning == null) {
            return super.getResponse(request);
        }
        sent(1);
        Future<WebResponse> answer;
        try {
            answer = network.submit(() -> {
                try {
                    return super.getResponse(request);
                } finally {
                    sent(-1);
                }
            });
        } catch (RuntimeException e) {
            sent(-1);
            throw e;
        }
        boolean looping = true;
        while (true) {
            if (jobs.wasAborted(job)) {
                answer.cancel(true);
                throw new IOException("aborted by the page");
            }
            try {
                return answer.get(looping ? turning.msUntilDue() : 50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                looping = looping && turning.turn();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer.cancel(true);
                throw new IOException("interrupted while waiting for " + request.getUrl());
            }
        }
    }

    /**
     * The page's request, sent to the mock instead: same method, headers, body and timeout. A request has either a
     * body or form parameters (HtmlUnit refuses both), so only the one it has is copied.
     */
    private static WebRequest redirected(WebRequest request, URI to) throws IOException {
        WebRequest copy = new WebRequest(to.toURL(), request.getHttpMethod());
        copy.setAdditionalHeaders(request.getAdditionalHeaders());
        copy.setCharset(request.getCharset());
        copy.setEncodingType(request.getEncodingType());
        copy.setTimeout(request.getTimeout());
        if (request.getRequestBody() != null) {
            copy.setRequestBody(request.getRequestBody());
        } else {
            copy.setRequestParameters(request.getRequestParameters());
        }
        return copy;
    }

    private WebResponse withInstrumentation(WebResponse answer, WebRequest request) throws IOException {
        String html = answer.getContentAsString(StandardCharsets.UTF_8);
        String tag = "<script src=\"" + routes.mock().toString().replaceAll("/$", "")
                + "/__tck/harness/instrument.js\"></script>";
        int head = html.toLowerCase(Locale.ROOT).indexOf("<head");
        int at = head < 0 ? 0 : html.indexOf('>', head) + 1;
        String injected = html.substring(0, at) + tag + html.substring(at);
        return answered(request, answer, injected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The instrumentation and the bridge under test do not change during a run ({@link ConstantScripts}): marked
     * cacheable, HtmlUnit keeps them compiled instead of fetching and compiling them again for every scenario's fresh
     * page.
     */
    private boolean isConstantScript(WebRequest request, WebResponse answer) {
        return routes != null && request.getHttpMethod() == org.htmlunit.HttpMethod.GET
                && answer.getStatusCode() == 200
                && request.getUrl().toString().startsWith(routes.mock().toString().replaceAll("/$", ""))
                && ConstantScripts.isOne(request.getUrl().getPath());
    }

    /**
     * Waits, at most {@code max}, until every exchange sent has been answered, aborted ones too: a request the page
     * gave up on still reaches the mock, and must land before the next scenario resets it, not in that scenario.
     *
     * @return whether none is left in flight
     */
    boolean awaitExchanges(java.time.Duration max) {
        long end = System.nanoTime() + max.toNanos();
        synchronized (exchanges) {
            try {
                for (long left = max.toMillis(); inFlight > 0 && left > 0;
                        left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
                    exchanges.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inFlight == 0;
        }
    }

    private void sent(int change) {
        synchronized (exchanges) {
            inFlight += change;
            exchanges.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        network.shutdownNow();
        super.close();
    }

    private static WebResponse cacheable(WebRequest request, WebResponse answer) throws IOException {
        try (var body = answer.getContentAsStream()) {
            return rewrapped(request, answer, body.readAllBytes(), true);
        }
    }

    private static WebResponse answered(WebRequest request, WebResponse answer, byte[] body) {
        return rewrapped(request, answer, body, false);
    }

    /**
     * A response with a new body for the request the page made. The body is already decoded, so the headers that
     * describe the wire form (encoding, length) go; a constant script also gets a long max-age.
     */
    private static WebResponse rewrapped(WebRequest request, WebResponse answer, byte[] body, boolean constant) {
        List<NameValuePair> headers = new ArrayList<>();
        for (NameValuePair h : answer.getResponseHeaders()) {
            String name = h.getName().toLowerCase(Locale.ROOT);
            boolean wireForm = name.equals("content-encoding") || name.equals("content-length")
                    || name.equals("transfer-encoding");
            boolean freshness = constant && (name.equals("cache-control") || name.equals("expires"));
            if (!wireForm && !freshness) {
                headers.add(h);
            }
        }
        if (constant) {
            headers.add(new NameValuePair("Cache-Control", "max-age=86400"));
        }
        WebResponseData data = new WebResponseData(body, answer.getStatusCode(), answer.getStatusMessage(), headers);
        return new WebResponse(data, request, answer.getLoadTime());
    }

    private static URI toUri(WebRequest request) {
        try {
            return request.getUrl().toURI();
        } catch (URISyntaxException e) {
            return URI.create("about:blank");
        }
    }
}
