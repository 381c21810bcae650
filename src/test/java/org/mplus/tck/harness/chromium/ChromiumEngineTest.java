package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgePage;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.PageVisit;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.PageVisits;
import org.mplus.tck.spec.Catalog;

/** The harness contract, kept by the Chromium engine: one browser for the class, a fresh page per test. */
@ChromiumInstalled
class ChromiumEngineTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final AtomicInteger BRIDGES = new AtomicInteger();

    private static MockServer mock;
    private static ChromiumEngine engine;
    private static VendorRoutes routes;

    @BeforeAll
    static void start() {
        mock = MockServer.start();
        engine = new ChromiumEngine();
        routes = VendorRoutes.to(URI.create(mock.baseUrl()), Catalog.standard().vendors());
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
        if (mock != null) {
            mock.close();
        }
    }

    /** A blank bridge page, as the kit serves it, with this script as the bridge. */
    private static PageSession page(String bridge) {
        return visit(BridgePage.serve(mock, new BridgeSource.ScriptFile(
                Path.of("bridge-" + BRIDGES.incrementAndGet() + ".js"), bridge)));
    }

    /** The page as a run opens it: a visit of the mock's. */
    private static PageSession visit(BridgePage served) {
        URI visit = mock.visits().open(served.url());
        return new PageVisit(engine.open(visit, routes, false, TIMEOUT), mock.visits(), visit);
    }

    private static CallOutcome call(String bridge) {
        try (PageSession page = page(bridge)) {
            return page.call("getImType", null, CallbackMode.BOTH, TIMEOUT);
        }
    }

    private static List<PageEvent.Kind> kinds(CallOutcome outcome) {
        return outcome.events().stream().map(PageEvent::kind).toList();
    }

    /**
     * Where Debian's headless shell is installed (as CI installs it) and no other browser is named, the engine judges
     * there; the reports name the shell apart from the browser, since the two are different programs.
     */
    @Test
    void namesChromiumAndItsVersion() {
        boolean shell = System.getProperty(ChromiumEngine.BROWSER_PROPERTY) == null
                && Files.isExecutable(ChromiumEngine.HEADLESS_SHELL);
        String kind = shell ? "headless shell" : "headless";
        assertTrue(engine.version().matches("Chromium \\d+\\.\\d+.* \\(" + kind + ", chromedriver \\d+.*\\)"),
                engine.version());
        assertEquals("chromium", engine.name());
    }

    @Test
    void seesAnAsynchronousSuccessAndSettlesAfterIt() {
        CallOutcome o = call("window.mplus = { getImType: (o) => setTimeout(() => o.success({ imType: 1 }), 20) };");
        assertEquals(1, o.successCount());
        assertEquals(0, o.failCount());
        var first = o.single().orElseThrow();
        assertFalse(first.beforeReturn());
        assertEquals(1, first.imType().asInt());
        assertTrue(o.returned());
        assertTrue(o.settled());
        assertTrue(o.elapsedMs() < TIMEOUT.toMillis(), "waited " + o.elapsedMs() + " ms");
    }

    @Test
    void seesAFailWithItsErrMsg() {
        CallOutcome o = call("window.mplus = { getImType(o) { Promise.resolve().then(() => o.fail({ errMsg: '不行' })); } };");
        assertEquals(1, o.failCount());
        assertEquals("不行", o.single().orElseThrow().errMsg());
    }

    @Test
    void countsASecondCallbackInTheSettleWindow() {
        CallOutcome o = call("window.mplus = { getImType(o) { setTimeout(() => o.success({ imType: 1 }), 5);"
                + " setTimeout(() => o.fail({ errMsg: 'again' }), 40); } };");
        assertEquals(1, o.successCount());
        assertEquals(1, o.failCount());
        assertEquals(List.of("success", "fail"), o.callbacks().stream().map(c -> c.name()).toList());
    }

    @Test
    void marksACallbackBeforeTheCallReturned() {
        CallOutcome o = call("window.mplus = { getImType(o) { o.success({ imType: 0 }); } };");
        assertTrue(o.single().orElseThrow().beforeReturn());
    }

    @Test
    void recordsWhatTheCallThrowsAndLaterScriptErrors() {
        CallOutcome thrown = call("window.mplus = { getImType() { throw new TypeError('坏了'); } };");
        assertEquals("TypeError: 坏了", thrown.thrown().orElseThrow());

        CallOutcome later = call("window.mplus = { async getImType(o) { await null; o.success({ imType: 1 });"
                + " throw new Error('after the callback'); } };");
        assertEquals(1, later.successCount());
        assertEquals(List.of(PageEvent.Kind.SCRIPT_ERROR), kinds(later));
        assertTrue(later.errors().get(0).text().contains("after the callback"), later.describe());
    }

    @Test
    void dismissesDialogsAndRecordsThemWithoutBlocking() {
        CallOutcome o = call("window.mplus = { getImType(o) { alert('hello'); const ok = confirm('sure?');"
                + " const name = prompt('name?', 'x'); o.success({ imType: 1, ok, name }); } };");
        assertEquals(List.of(PageEvent.Kind.ALERT, PageEvent.Kind.CONFIRM, PageEvent.Kind.PROMPT), kinds(o));
        assertEquals("hello", o.events().get(0).text());
        var res = o.single().orElseThrow().arg();
        assertFalse(res.path("ok").asBoolean(true), "confirm answers false");
        assertTrue(res.path("name").isNull(), "prompt answers null: " + res);
    }

    @Test
    void noticesThePageNavigatingAway() {
        mock.serveFile("/__tck/test/elsewhere.html", "text/html; charset=utf-8", "<p>elsewhere</p>");
        CallOutcome o = call("window.mplus = { getImType() { setTimeout(() => location.href = '/__tck/test/elsewhere.html', 10); } };");
        assertEquals(0, o.callbackCount());
        assertTrue(o.events().stream().anyMatch(e -> e.kind() == PageEvent.Kind.NAVIGATION
                && e.text().endsWith("/__tck/test/elsewhere.html")), o.describe());
    }

    @Test
    void judgesABridgeThatNeverCallsBackQuietOnceItsPageIsOutOfWork() {
        CallOutcome o = call("window.mplus = { getImType() { } };");
        assertEquals(0, o.callbackCount());
        assertTrue(o.settled(), "nothing pending: quiet, as on HtmlUnit");
        assertTrue(o.elapsedMs() < TIMEOUT.toMillis() / 2, "waited " + o.elapsedMs() + " ms");
    }

    @Test
    void keepsWaitingWhileATimerIsPending() {
        CallOutcome o = call("window.mplus = { getImType(o) { setTimeout(() => o.success({ imType: 1 }), 300); } };");
        assertEquals(1, o.successCount(), o.describe());
    }

    @Test
    void keepsWaitingWhileARequestIsInFlightAndWhileItsBodyIsRead() {
        mock.serveFile("/__tck/test/answer.json", "application/json", "{\"imType\": 1}");
        CallOutcome fetched = call("window.mplus = { getImType(o) { fetch('/__tck/test/answer.json')"
                + ".then(r => r.json()).then(b => o.success(b)); } };");
        assertEquals(1, fetched.successCount(), fetched.describe());
        CallOutcome xhr = call("window.mplus = { getImType(o) { const x = new XMLHttpRequest();"
                + " x.open('GET', '/__tck/test/answer.json'); x.onload = () => o.success(JSON.parse(x.responseText));"
                + " x.send(); } };");
        assertEquals(1, xhr.successCount(), xhr.describe());
    }

    @Test
    void endsACallWithoutCallbacksOnceItsVendorRequestLanded() {
        mock.reset();
        mock.setImType(0);
        try (PageSession page = page("window.mplus = { getImType() {"
                + " fetch('https://api.xianwei-im.example/im/v1/users/lisi', { headers: {"
                + " Authorization: 'Bearer xwt-7f3a9c2e51b84d06a1c5e9b2', 'X-Xianwei-App': 'xw-demo-app' } }); } };")) {
            Duration timeout = Duration.ofSeconds(10);
            CallOutcome o = page.call("getImType", null, CallbackMode.NONE, timeout);
            assertTrue(o.settled(), o.describe());
            assertTrue(o.elapsedMs() < timeout.toMillis() / 2, "waited " + o.elapsedMs() + " ms");
            assertEquals(1, mock.vendorRequests().size(), "the request landed before the call ended");
        }
    }

    @Test
    void closesTheSettleWindowEarlyWhenNothingCanCallBackWithinIt() {
        Duration window = Duration.ofSeconds(20);
        engine.settleWindow(window);
        try (PageSession page = page("window.mplus = { getImType(o) { o.success({ imType: 1 });"
                + " setTimeout(() => {}, 60000); } };")) {
            CallOutcome o = page.call("getImType", null, CallbackMode.BOTH, Duration.ofSeconds(90));
            assertEquals(1, o.successCount());
            assertFalse(o.settled(), "a timer is still pending");
            assertTrue(o.elapsedMs() < window.toMillis() / 2, "waited " + o.elapsedMs() + " ms of a "
                    + window.toMillis() + " ms window");
        } finally {
            engine.settleWindow(Duration.ofMillis(PolledCall.SETTLE_MS));
        }
    }

    @Test
    void waitsOutTheSettleWindowWhileAnIntervalRuns() {
        CallOutcome o = call("window.mplus = { getImType(o) { setInterval(() => {}, 5);"
                + " o.success({ imType: 1 }); } };");
        assertEquals(1, o.successCount());
        assertFalse(o.settled(), "an interval never stops");
        assertTrue(o.elapsedMs() >= PolledCall.SETTLE_MS, "waited " + o.elapsedMs() + " ms");
    }

    @Test
    void waitsTheFullTimeoutForABridgeThatNeverCallsBackWhileAtWork() {
        CallOutcome o = call("window.mplus = { getImType() { setInterval(() => {}, 50); } };");
        assertEquals(0, o.callbackCount());
        assertFalse(o.settled(), "a page at work could still call back");
        assertTrue(o.elapsedMs() >= TIMEOUT.toMillis(), "waited " + o.elapsedMs() + " ms");
    }

    @Test
    void stopsACallThatNeverReturns() {
        CallOutcome o = call("window.mplus = { getImType() { for (;;) { } } };");
        assertFalse(o.returned());
        assertEquals(List.of(PageEvent.Kind.SCRIPT_TIMEOUT), kinds(o), o.describe());
    }

    @Test
    void stopsATimerThatHoldsThePage() {
        CallOutcome o = call("window.mplus = { getImType() { setTimeout(() => { for (;;) { } }, 0); } };");
        assertTrue(o.returned());
        assertEquals(0, o.callbackCount());
        assertEquals(List.of(PageEvent.Kind.SCRIPT_TIMEOUT), kinds(o), o.describe());
    }

    @Test
    void routesAVendorHostToTheMockWithItsPreflight() {
        mock.reset();
        mock.setImType(0);
        CallOutcome o = call("window.mplus = { getImType(o) {"
                + " fetch('https://api.xianwei-im.example/im/v1/users/lisi', { headers: {"
                + " Authorization: 'Bearer xwt-7f3a9c2e51b84d06a1c5e9b2', 'X-Xianwei-App': 'xw-demo-app' } })"
                + " .then(r => r.json().then(body => o.success({ imType: 0, status: r.status, body, url: r.url })))"
                + " .catch(e => o.fail({ errMsg: String(e) })); } };");
        var res = o.single().orElseThrow().arg();
        assertEquals(200, res.path("status").asInt(), o.describe());
        assertEquals("李四", res.path("body").path("data").path("name").asText(), o.describe());
        assertEquals("https://api.xianwei-im.example/im/v1/users/lisi", res.path("url").asText());
        assertEquals(1, mock.vendorRequests().size(), "the mock got the request: " + mock.vendorRequests());
    }

    @Test
    void instrumentsABridgesOwnPageBeforeItsScripts() {
        mock.serveFile("/__tck/test/own-page.html", "text/html; charset=utf-8", "<!DOCTYPE html><html><head>"
                + "<script>window.seenFirst = typeof window.__mplusTck;"
                + " window.mplus = { getImType: (o) => o.success({ imType: 1, seenFirst }) };</script></head></html>");
        try (PageSession page = engine.open(URI.create(mock.baseUrl() + "/__tck/test/own-page.html"), routes, true,
                TIMEOUT)) {
            page.setGlobal("mplusTckUser", JsonNodeFactory.instance.objectNode().put("choice", 2));
            assertEquals("object", page.call("getImType", null, CallbackMode.BOTH, TIMEOUT).single()
                    .orElseThrow().arg().path("seenFirst").asText());
            assertEquals("[\"getImType\"]", page.bridgeShape().path("functions").toString());
        }
    }

    @Test
    void takesTheConstantScriptsFromItsCacheAfterTheFirstPage() {
        String name = "cached-" + BRIDGES.incrementAndGet() + ".js";
        BridgePage served = BridgePage.serve(mock, new BridgeSource.ScriptFile(Path.of(name),
                "window.mplus = { getImType(o) { o.success({ imType: 1 }); } };"));
        mock.reset();
        for (int page = 0; page < 3; page++) {
            try (PageSession session = visit(served)) {
                assertEquals(1, session.call("getImType", null, CallbackMode.BOTH, TIMEOUT).successCount());
            }
        }
        List<String> fetched = mock.wireMock().getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
                .toList();
        assertEquals(1, fetched.stream().filter(u -> u.equals("/__tck/bridge/" + name)).count(),
                "the bridge is fetched once, then taken from the cache: " + fetched);
        assertEquals(3, fetched.stream().filter(u -> u.startsWith(PageVisits.PAGE)).count(),
                "each scenario's page is fetched anew: " + fetched);
    }

    @Test
    void aConstantScriptTheMockDoesNotAnswerReachesThePageAsANetworkError() {
        String script = "/__tck/bridge/reset-" + BRIDGES.incrementAndGet() + ".js";
        mock.wireMock().stubFor(WireMock.get(WireMock.urlPathEqualTo(script)).atPriority(1)
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String own = "/own/reset-" + BRIDGES.get() + ".html";
        mock.serveFile(own, "text/html; charset=utf-8", "<!DOCTYPE html><script src=\"" + script
                + "\" onerror=\"window.mplus = { getImType(o) { o.success({ imType: 1 }); } }\"></script>");
        // the page loads, and sees the script fail, as it would without the kit in between
        try (PageSession page = engine.open(URI.create(mock.baseUrl() + own), routes, true, TIMEOUT)) {
            assertEquals(1, page.call("getImType", null, CallbackMode.BOTH, TIMEOUT).successCount());
        }
    }

    /** A global, a listener and a 5 ms interval of requests to a vendor's host. */
    private static final String BUSY_FIRST_PAGE = "window.leak = 'first';"
            + " window.addEventListener('message', () => { window.heardByFirst = true; });"
            + " setInterval(() => fetch('https://api.xianwei-im.example/im/v1/users/lisi'), 5);"
            + " window.mplus = { getImType(o) { o.success({ imType: 0 }); } };";
    /** A 5 ms interval of requests to the page's own origin: the mock's. */
    private static final String TO_ITS_OWN_ORIGIN = " setInterval(() => { const x = new XMLHttpRequest();"
            + " x.open('GET', '/im/v1/users/zhaoliu'); x.send(); }, 5);";

    @Test
    void keepsOneScenariosGlobalsTimersAndListenersFromTheNext() {
        // the kit's own page, left for a page of its origin: requests made just before it was left still reach the
        // mock a few hundred ms later, and the page's visit refuses them
        keepsFromTheNext(() -> page(BUSY_FIRST_PAGE + TO_ITS_OWN_ORIGIN));
    }

    @Test
    void keepsAUsersOwnPageFromTheNext() {
        // a page of the user's, left for about:blank with its scripts off; it is no visit, so its requests to its
        // own origin are not refused once it is left (docs/engines.md): it sends only to a vendor's host
        String own = "/own/page-" + BRIDGES.incrementAndGet();
        mock.serveFile(own + ".js", "application/javascript; charset=utf-8", BUSY_FIRST_PAGE);
        mock.serveFile(own + ".html", "text/html; charset=utf-8", "<!DOCTYPE html><script src=\"" + own
                + ".js\"></script>");
        // as a user's page is opened: the kit injects its instrumentation
        keepsFromTheNext(() -> engine.open(URI.create(mock.baseUrl() + own + ".html"), routes, true, TIMEOUT));
    }

    @Test
    void keepsAPageOfAnotherOriginTheBridgeWentToFromTheNext() {
        // the mock at another origin (localhost for 127.0.0.1): a page there is not left in the kit page's renderer
        String busy = "/__tck/test/busy-" + BRIDGES.incrementAndGet() + ".html";
        mock.serveFile(busy, "text/html; charset=utf-8", "<!DOCTYPE html><script>setInterval(() =>"
                + " fetch('https://api.xianwei-im.example/im/v1/users/lisi'), 5);</script>");
        String elsewhere = mock.baseUrl().replace("127.0.0.1", "localhost") + busy;
        keepsFromTheNext(() -> page("window.mplus = { getImType(o) { location.href = '" + elsewhere + "'; } };"));
    }

    private static void keepsFromTheNext(Supplier<PageSession> busyFirstPage) {
        mock.reset();
        try (PageSession first = busyFirstPage.get()) {
            first.call("getImType", null, CallbackMode.BOTH, TIMEOUT);
        }
        mock.reset();
        // the next page at once, as a run opens it: a page left that still ran would send while it is open
        CallOutcome second = call("window.mplus = { getImType(o) { postMessage('ping', '*'); setTimeout(() =>"
                + " o.success({ imType: 0, leak: typeof window.leak, heard: typeof window.heardByFirst }), 20); } };");
        CallWatch.pause(500);
        assertEquals(List.of(), mock.vendorRequests(), "the first page's requests landed after it was left");
        var seen = second.single().orElseThrow().arg();
        assertEquals("undefined", seen.path("leak").asText(), "a global of the first page");
        assertEquals("undefined", seen.path("heard").asText(), "a listener of the first page");
    }

    @Test
    void parsesModernJavaScriptAndNamesTheLineOfASyntaxError() {
        engine.checkParses("modern.js", "class A { async f() { await fetch('/'); } }\nconst g = async () => 1;");
        HarnessError e = assertThrows(HarnessError.class,
                () -> engine.checkParses("broken.js", "const a = 1;\nfunction (\n"));
        assertTrue(e.getMessage().startsWith("Chromium cannot parse broken.js: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
