package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgePage;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.Engine;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.PageVisit;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.spec.Catalog;

/**
 * What both engines do alike, beyond the suite's scenarios (ReferenceSuiteOnBothEnginesTest):
 * <ul>
 * <li>A bridge that keeps state in the browser's storage does not carry it from one scenario into the next. A worker
 *     judges scenarios of both vendors one after the other on the same origin, so a bridge that caches its IM type
 *     in localStorage, say (as it may in an app, whose vendor never changes), would otherwise be judged on what the
 *     scenario before it left there, and its verdicts would hang on the order the scenarios came in.</li>
 * <li>A call is over at its timeout: a callback that a request brings after it is not the call's, also when the
 *     request was sent before the deadline and HtmlUnit waits for its answer.</li>
 * </ul>
 */
class EnginesAlikeTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    /** A path of the mock's that answers well after the timeout (the kit's own stalls move the deadline). */
    private static final String SLOW = "/__tck/test/slow";
    private static final int SLOW_MS = 4000;
    private static final AtomicInteger BRIDGES = new AtomicInteger();
    /** The first scenario's bridge: it stores in each kind of storage a page has. */
    private static final String KEEPS = "window.mplus = { getImType: function (o) {"
            + " localStorage.setItem('kept', 'first'); sessionStorage.setItem('kept', 'first');"
            + " document.cookie = 'kept=first; path=/; max-age=3600'; o.success({ imType: 0 }); } };";
    /** The next scenario's bridge: it tells what it finds there. */
    private static final String READS = "window.mplus = { getImType: function (o) {"
            + " o.success({ imType: 0, local: localStorage.getItem('kept'), session: sessionStorage.getItem('kept'),"
            + " cookie: document.cookie }); } };";

    private static MockServer mock;
    private static VendorRoutes routes;

    @BeforeAll
    static void start() {
        mock = MockServer.start();
        routes = VendorRoutes.to(URI.create(mock.baseUrl()), Catalog.standard().vendors());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void htmlUnitStartsEachScenarioWithoutTheCookiesAndWebStorageOfTheOneBefore() {
        assertNothingCarriedOver(EngineKind.HTMLUNIT, EnginesAlikeTest::kitPage);
        assertNothingCarriedOver(EngineKind.HTMLUNIT, EnginesAlikeTest::usersOwnPage);
    }

    @ChromiumInstalled
    @Test
    void chromiumStartsEachScenarioWithoutTheCookiesAndWebStorageOfTheOneBefore() {
        // the kit's page and a user's own are left in different ways (docs/engines.md)
        assertNothingCarriedOver(EngineKind.CHROMIUM, EnginesAlikeTest::kitPage);
        assertNothingCarriedOver(EngineKind.CHROMIUM, EnginesAlikeTest::usersOwnPage);
    }

    @Test
    void htmlUnitEndsACallAtItsTimeoutThoughARequestIsOnItsWay() {
        assertOverAtTheTimeout(EngineKind.HTMLUNIT);
    }

    @ChromiumInstalled
    @Test
    void chromiumEndsACallAtItsTimeoutThoughARequestIsOnItsWay() {
        assertOverAtTheTimeout(EngineKind.CHROMIUM);
    }

    private static void assertNothingCarriedOver(EngineKind kind, BiFunction<Engine, String, PageSession> page) {
        try (Engine engine = kind.create(Optional.empty())) {
            JsonNode first = getImType(page.apply(engine, KEEPS)).single().orElseThrow().arg();
            assertEquals(0, first.path("imType").asInt(-1), first.toString());
            JsonNode next = getImType(page.apply(engine, READS)).single().orElseThrow().arg();
            assertEquals("null", next.path("local").toString(), "localStorage of the scenario before: " + next);
            assertEquals("null", next.path("session").toString(), "sessionStorage of the scenario before: " + next);
            assertEquals("\"\"", next.path("cookie").toString(), "a cookie of the scenario before: " + next);
        }
    }

    private static void assertOverAtTheTimeout(EngineKind kind) {
        mock.wireMock().stubFor(WireMock.get(SLOW).willReturn(WireMock.ok("{}").withFixedDelay(SLOW_MS)));
        try (Engine engine = kind.create(Optional.empty())) {
            CallOutcome outcome = getImType(kitPage(engine, "window.mplus = { getImType: function (o) {"
                    + " var x = new XMLHttpRequest(); x.open('GET', '" + SLOW + "');"
                    + " x.onload = function () { o.success({ imType: 0 }); }; x.send(); } };"));
            assertEquals(0, outcome.callbackCount(), "a callback after the timeout: " + outcome.describe());
            assertTrue(outcome.waitedOutTheClock(), outcome.describe());
            assertTrue(outcome.elapsedMs() < SLOW_MS, "over at the timeout, not at the answer: " + outcome.describe());
        }
    }

    /** One scenario's page with this bridge, as a run opens it: a visit of the kit's page. */
    private static PageSession kitPage(Engine engine, String bridge) {
        BridgePage served = BridgePage.serve(mock, new BridgeSource.ScriptFile(
                Path.of("alike-" + BRIDGES.incrementAndGet() + ".js"), bridge));
        URI visit = mock.visits().open(served.url());
        return new PageVisit(engine.open(visit, routes, false, TIMEOUT), mock.visits(), visit);
    }

    /** A user's own page of the mock's origin with this bridge, which the kit instruments (`--bridge URL`). */
    private static PageSession usersOwnPage(Engine engine, String bridge) {
        String own = "/own/alike-" + BRIDGES.incrementAndGet();
        mock.serveFile(own + ".js", "application/javascript; charset=utf-8", bridge);
        mock.serveFile(own + ".html", "text/html; charset=utf-8", "<!DOCTYPE html><script src=\"" + own
                + ".js\"></script>");
        return engine.open(URI.create(mock.baseUrl() + own + ".html"), routes, true, TIMEOUT);
    }

    /** The page's getImType, and the page left. */
    private static CallOutcome getImType(PageSession opened) {
        try (PageSession page = opened) {
            return page.call("getImType", null, CallbackMode.BOTH, TIMEOUT);
        }
    }
}
