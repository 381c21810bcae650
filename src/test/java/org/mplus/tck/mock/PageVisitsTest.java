package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A request from a scenario page the kit has left is refused before anything records it; others go on. */
class PageVisitsTest {

    private static final String LOOKUP = "/im/v1/users/zhaoliu";

    @Test
    void onlyTheOpenVisitsRequestsAreLetIn() {
        try (MockServer server = MockServer.start()) {
            URI page = URI.create(server.baseUrl() + PageVisits.PAGE);
            URI first = server.visits().open(page);
            assertTrue(first.getQuery().startsWith("visit="), first.toString());
            assertEquals(401, from(server, first).status(), "the open visit's lookup reaches 先维IM's model");
            int journaled = server.wireMock().getAllServeEvents().size();

            server.visits().close(first);
            Http.Answer late = from(server, first);
            assertEquals(409, late.status(), late.body());
            assertTrue(late.body().contains("a page the kit has left"), late.body());
            assertEquals(1, server.vendorRequests().size(), "a left page's request is not counted");
            assertEquals(journaled, server.wireMock().getAllServeEvents().size(), "nor journaled");

            URI second = server.visits().open(page);
            assertEquals(409, from(server, first).status(), "an earlier visit stays left");
            assertEquals(401, from(server, second).status());
            assertEquals(401, from(server, URI.create(server.baseUrl() + "/demo/")).status(), "another page");
            assertEquals(401, Http.get(server.baseUrl() + LOOKUP).status(), "no Referer");
            assertEquals(4, server.vendorRequests().size());
        }
    }

    /** What an engine leaves a visit for: a page of the visits' origin that runs nothing, recorded nowhere. */
    @Test
    void servesThePageAVisitIsLeftFor() {
        try (MockServer server = MockServer.start()) {
            Http.Answer left = Http.get(server.baseUrl() + PageVisits.LEFT);
            assertEquals(200, left.status(), left.body());
            assertEquals("text/html; charset=utf-8", left.header("Content-Type"));
            assertTrue(left.body().startsWith("<!DOCTYPE html>") && !left.body().contains("<script"), left.body());
            assertEquals(0, server.wireMock().getAllServeEvents().size(), "journaled");
        }
    }

    /** A request let in before the page was left is answered (and recorded) before closing the visit returns. */
    @Test
    void closingAVisitWaitsForTheRequestsItHadLetIn() throws Exception {
        PageVisits visits = new PageVisits();
        URI visit = visits.open(URI.create("http://127.0.0.1:8080" + PageVisits.PAGE));
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        FilterChain slowModel = (request, response) -> {
            answering.countDown();
            try {
                answered.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
            try {
                visits.doFilter(withReferer(visit), null, slowModel);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(answering.await(10, TimeUnit.SECONDS), "the open visit's request was not let in");
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> visits.close(visit));
        // however slow the machine, a close that waits cannot end while the request is held
        assertThrows(TimeoutException.class, () -> closing.get(300, TimeUnit.MILLISECONDS),
                "closing the visit did not wait for the request it had let in");
        answered.countDown();
        closing.get(10, TimeUnit.SECONDS);
        request.get(10, TimeUnit.SECONDS);
    }

    private static HttpServletRequest withReferer(URI referer) {
        return (HttpServletRequest) Proxy.newProxyInstance(PageVisitsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader") && "Referer".equals(args[0])) {
                        return referer.toString();
                    }
                    if (method.getName().equals("getRequestURI")) {
                        return LOOKUP;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Http.Answer from(MockServer server, URI referer) {
        return Http.send("GET", server.baseUrl() + LOOKUP, null, "Referer", referer.toString());
    }
}
