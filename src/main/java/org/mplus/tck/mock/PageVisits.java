package org.mplus.tck.mock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visits of the kit's scenario page, one per scenario: a request whose Referer is a visit the kit has left is
 * refused (409) before WireMock or a vendor's model sees it. A page's requests can reach the mock a few hundred ms
 * after the page is gone (made before it was left, still queued in the browser), and would otherwise count in the
 * next scenario, which the mock was reset for. Requests without such a Referer (another page, a bridge that sends
 * none) go on as before. Closing a visit waits for its requests already let in, so none is counted after it.
 */
public final class PageVisits implements Filter {

    /** Where the mock serves the page each scenario opens. */
    public static final String PAGE = "/__tck/harness/page.html";
    /** A page without scripts, on the visits' origin, for an engine to leave a visit for (answered here). */
    public static final String LEFT = "/__tck/harness/left.html";
    private static final byte[] LEFT_PAGE = "<!DOCTYPE html><title>left</title><link rel=\"icon\" href=\"data:,\">"
            .getBytes(StandardCharsets.UTF_8);
    private static final Pattern VISIT = Pattern.compile("(?:^|&)visit=(\\d+)(?:&|$)");
    private static final byte[] REFUSED = "{\"error\":\"from a page the kit has left\"}"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * The longest a closing visit waits for its requests already let in: a latency fault's delay holds none (it waits
     * on a scheduler), a slow answer might.
     */
    private static final long DRAIN_MS = 15_000;

    private final AtomicLong last = new AtomicLong();
    /** The visit open now; 0 while none is. */
    private final AtomicLong open = new AtomicLong();
    /** Requests naming a visit that are being checked or, let in, answered. */
    private final AtomicInteger letIn = new AtomicInteger();

    /** Opens the next visit: the page's URL with it, for the engine to load. */
    public URI open(URI page) {
        long visit = last.incrementAndGet();
        open.set(visit);
        return URI.create(page + (page.getQuery() == null ? "?" : "&") + "visit=" + visit);
    }

    /**
     * The page of this visit has been left: whatever it still sends is refused, and what it sent before is answered
     * (recorded) before this returns.
     */
    public void close(URI page) {
        OptionalLong visit = visit(page);
        if (visit.isEmpty() || !open.compareAndSet(visit.getAsLong(), 0)) {
            return;
        }
        long until = System.currentTimeMillis() + DRAIN_MS;
        synchronized (letIn) {
            long left;
            while (letIn.get() > 0 && (left = until - System.currentTimeMillis()) > 0) {
                try {
                    letIn.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (LEFT.equals(request.getRequestURI())) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setContentType("text/html; charset=utf-8");
            response.setContentLength(LEFT_PAGE.length);
            response.getOutputStream().write(LEFT_PAGE);
            return;
        }
        String referer = request.getHeader("Referer");
        OptionalLong visit = referer == null ? OptionalLong.empty() : visit(referer);
        if (visit.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        // counted before the visit is checked: a close that misses this request finds it counted
        letIn.incrementAndGet();
        try {
            if (visit.getAsLong() == open.get()) {
                chain.doFilter(req, res);
                return;
            }
        } finally {
            if (letIn.decrementAndGet() == 0) {
                synchronized (letIn) {
                    letIn.notifyAll();
                }
            }
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        response.setContentType(JsonResponse.CONTENT_TYPE);
        response.setContentLength(REFUSED.length);
        response.getOutputStream().write(REFUSED);
    }

    private static OptionalLong visit(URI page) {
        return visit(page.toString());
    }

    /** The visit a URL of the scenario page names, if it is one. */
    private static OptionalLong visit(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        if (!PAGE.equals(uri.getPath()) || uri.getRawQuery() == null) {
            return OptionalLong.empty();
        }
        Matcher m = VISIT.matcher(uri.getRawQuery());
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
