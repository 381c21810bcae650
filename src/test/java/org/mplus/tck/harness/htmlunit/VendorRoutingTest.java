package org.mplus.tck.harness.htmlunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mplus.tck.harness.BridgePage;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.mock.Fault;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.spec.Catalog;

/**
 * HtmlUnit gives a bridge that calls the vendors' real hosts what a browser would: the request reaches the mock,
 * the answer reaches the page as the vendor's, and the page's timers keep firing while it waits.
 */
class VendorRoutingTest {

    private static final Duration TIMEOUT = Duration.ofMillis(4000);
    private static final AtomicInteger BRIDGES = new AtomicInteger();
    private static MockServer mock;
    private static HtmlUnitEngine engine;
    private static VendorRoutes routes;

    /** Reports, as the call's success, what the page saw of one XMLHttpRequest. */
    private static final String PROBE = """
            function probe(o, method, url, async, body, headers) {
              var x = new XMLHttpRequest();
              var t0 = new Date().getTime();
              x.open(method, url, async);
              for (var h in headers) { x.setRequestHeader(h, headers[h]); }
              function seen(what) {
                o.success({ what: what, status: x.status, type: x.getResponseHeader('Content-Type'),
                  text: x.responseText, url: x.responseURL, ms: new Date().getTime() - t0 });
              }
              if (async) {
                x.onload = function () { seen('load'); };
                x.onerror = function () { seen('error'); };
              }
              try { x.send(body); } catch (e) { o.fail({ errMsg: 'send threw ' + e.message }); }
              if (!async) { seen('sync'); }
            }
            """;

    @BeforeAll
    static void start() {
        mock = MockServer.start();
        engine = new HtmlUnitEngine();
        routes = VendorRoutes.to(URI.create(mock.baseUrl()), Catalog.standard().vendors());
    }

    @AfterAll
    static void stop() {
        engine.close();
        mock.close();
    }

    @BeforeEach
    void reset() {
        mock.reset();
    }

    private static CallOutcome call(String getImType) {
        BridgePage served = BridgePage.serve(mock, new BridgeSource.ScriptFile(
                Path.of("routing-" + BRIDGES.incrementAndGet() + ".js"),
                PROBE + "window.mplus = { getImType: function (o) {" + getImType + "} };"));
        try (PageSession page = engine.open(served.url(), routes, false, TIMEOUT)) {
            return page.call("getImType", null, CallbackMode.BOTH, TIMEOUT);
        }
    }

    private static JsonNode seen(CallOutcome outcome) {
        assertEquals(1, outcome.callbacks().size(), outcome::describe);
        assertEquals("success", outcome.callbacks().get(0).name(), outcome::describe);
        return outcome.callbacks().get(0).arg();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.cloopen.com:8883", "https://sandboxapp.cloopen.com:8883",
        "https://imapp.yuntongxun.com:8883"})
    void aSignedPushToEachRonglianHostReachesTheMockAndItsAnswerTheBridge(String host) {
        JsonNode seen = seen(call("probe(o, 'POST', '" + host
                + "/2013-12-26/Accounts/aaf98f8952f7367a0153084e29b80d9c/IM/PushMsg?sig=00', true, '{\"a\":1}',"
                + " {'Content-Type': 'application/json;charset=utf-8', 'Authorization': 'bm90OmJhc2U2NA=='});"));
        assertEquals("load", seen.path("what").asText());
        assertEquals(200, seen.path("status").asInt());
        assertTrue(seen.path("type").asText().startsWith("application/json"), seen::toString);
        assertTrue(seen.path("text").asText().contains("\"statusCode\""), seen::toString);
        assertEquals(1, mock.vendorRequests().size(), "the mock received the request");
        assertEquals("ronglian", mock.vendorRequests().get(0).vendor());
    }

    @Test
    void theXianweiHostAnswersWithItsHttpErrorStatusAndBody() {
        JsonNode seen = seen(call("probe(o, 'POST', 'https://api.xianwei-im.example/im/v1/messages', true,"
                + " '{\"from\":\"zhangsan\"}', {'Content-Type': 'application/json;charset=utf-8',"
                + " 'Authorization': 'Bearer nope', 'X-Xianwei-App': 'xw-demo-app'});"));
        assertEquals("load", seen.path("what").asText());
        assertEquals(401, seen.path("status").asInt(), seen::toString);
        assertTrue(seen.path("text").asText().contains("40102"), seen::toString);
        assertEquals("https://api.xianwei-im.example/im/v1/messages", seen.path("url").asText(),
                "the page believes the vendor answered");
    }

    @Test
    void aSynchronousRequestToAVendorHostIsAnsweredToo() {
        JsonNode seen = seen(call("probe(o, 'GET', 'https://api.xianwei-im.example/im/v1/users/lisi', false, null,"
                + " {'Authorization': 'Bearer xwt-7f3a9c2e51b84d06a1c5e9b2', 'X-Xianwei-App': 'xw-demo-app'});"));
        assertEquals(200, seen.path("status").asInt(), seen::toString);
        assertTrue(seen.path("text").asText().contains("李四"), seen::toString);
    }

    @Test
    void aResetConnectionReachesThePageAsANetworkError() {
        mock.faults().add(Fault.connectionReset("xianwei"));
        JsonNode seen = seen(call("probe(o, 'GET', 'https://api.xianwei-im.example/im/v1/users/lisi', true, null,"
                + " {'Authorization': 'Bearer xwt-7f3a9c2e51b84d06a1c5e9b2', 'X-Xianwei-App': 'xw-demo-app'});"));
        assertEquals("error", seen.path("what").asText(), seen::toString);
    }

    @Test
    void thePageTimersFireWhileAVendorIsSlowAndAnAbortEndsTheWait() {
        mock.faults().add(Fault.latency("xianwei", 20000));
        CallOutcome outcome = call("""
                var x = new XMLHttpRequest(), ticks = 0, t0 = new Date().getTime();
                var tick = setInterval(function () { ticks++; }, 100);
                x.open('GET', 'https://api.xianwei-im.example/im/v1/users/lisi', true);
                x.setRequestHeader('Authorization', 'Bearer xwt-7f3a9c2e51b84d06a1c5e9b2');
                x.setRequestHeader('X-Xianwei-App', 'xw-demo-app');
                x.onload = function () { o.fail({ errMsg: 'the slow answer came first' }); };
                x.onabort = function () { clearInterval(tick);
                  o.success({ ticks: ticks, ms: new Date().getTime() - t0 }); };
                x.send();
                setTimeout(function () { x.abort(); }, 1000);
                """);
        JsonNode seen = seen(outcome);
        assertTrue(seen.path("ticks").asInt() >= 5, () -> "the interval ticked during the request: " + seen);
        assertTrue(seen.path("ms").asLong() < 15000, () -> "the abort ended the wait, not the answer: " + seen);
    }
}
