package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.spec.Catalog;

/**
 * An engine that takes a browser an earlier engine gave back finds nothing of it: the kept process is really taken
 * again, and what the earlier engine's pages left in the browser, its HTTP cache included (which a page leave keeps
 * on purpose), does not reach the next engine's pages. A later mock on a reused port would otherwise be served an
 * earlier run's bridge.
 */
@ChromiumInstalled
class IdleBrowsersTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final String SCRIPT = "/own/kept.js";
    private static final String PAGE = "/own/kept.html";

    private static MockServer mock;
    private static VendorRoutes routes;

    @BeforeAll
    static void start() {
        mock = MockServer.start();
        routes = VendorRoutes.to(URI.create(mock.baseUrl()), Catalog.standard().vendors());
        mock.serveFile(PAGE, "text/html; charset=utf-8", "<!DOCTYPE html><script src=\"" + SCRIPT + "\"></script>");
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void theNextEngineTakesTheKeptBrowserAndNotWhatTheEngineBeforeCached() {
        new ChromiumEngine().close(); // a browser is kept, whatever the tests before left
        int kept = IdleBrowsers.idle();
        serveBridge(0);
        try (ChromiumEngine first = new ChromiumEngine()) {
            assertEquals(kept - 1, IdleBrowsers.idle(), "the engine took a kept browser");
            assertEquals(0, imType(first), "the first engine's bridge");
        }
        assertEquals(kept, IdleBrowsers.idle(), "the engine gave its browser back");
        serveBridge(1);
        try (ChromiumEngine next = new ChromiumEngine()) {
            assertEquals(kept - 1, IdleBrowsers.idle(), "the next engine took the same kept browser");
            assertEquals(1, imType(next), "the script as the mock serves it now, not as the engine before cached it");
        }
    }

    /**
     * A kept browser that died while no engine held it (killed, crashed) is the kit's trouble, not the run's: the next
     * engine starts a new one instead of failing every scenario of its worker with a harness error.
     */
    @Test
    void aKeptBrowserThatDiedIsReplacedByANewOne() {
        ChromiumProcess died = new ChromiumProcess(ChromiumEngine.browser(), ChromiumEngine.driver(), List.of());
        died.devTools().createSessionIfThereIsNotOne();
        died.quit();
        IdleBrowsers.giveBack(died);
        serveBridge(1);
        try (ChromiumEngine engine = new ChromiumEngine()) {
            assertEquals(1, imType(engine), "a page in the browser that took the dead one's place");
        }
    }

    /** The page's script, cacheable for an hour, answering getImType with this type. */
    private static void serveBridge(int imType) {
        mock.wireMock().stubFor(WireMock.get(SCRIPT).willReturn(WireMock.ok("window.mplus = { getImType: function (o)"
                + " { o.success({ imType: " + imType + " }); } };")
                .withHeader("Content-Type", "application/javascript; charset=utf-8")
                .withHeader("Cache-Control", "max-age=3600")));
    }

    private static int imType(ChromiumEngine engine) {
        try (PageSession page = engine.open(URI.create(mock.baseUrl() + PAGE), routes, true, TIMEOUT)) {
            CallOutcome outcome = page.call("getImType", null, CallbackMode.BOTH, TIMEOUT);
            return outcome.single().orElseThrow(() -> new AssertionError(outcome.describe())).arg()
                    .path("imType").asInt(-1);
        }
    }
}
