package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.ronglian.RonglianSignature;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Who drives the mock's admin API from a real browser: its own console (with the token when the mock is on the
 * network), never a page on another origin, nor a page on a DNS name rebound to 127.0.0.1.
 */
class AdminFromTheBrowserTest {

    /** Chromium resolves these to loopback itself: one is another site, the other a rebound name. */
    private static final String ATTACKER = "attacker.example";
    private static final String REBOUND = "rebound.example";
    /** For what the page shows next: over 10 s when other builds keep both cores busy; no wait is for an absence. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String STUB = "{\"request\":{\"method\":\"GET\",\"url\":\"/planted\"},"
            + "\"response\":{\"status\":200,\"body\":\"<script>steal()</script>\"}}";
    /** Tries everything a hostile page would; reports what it could read ("read STATUS BODY") or "blocked". */
    private static final String ATTACK = """
            var mock = arguments[0], stub = arguments[1], done = arguments[arguments.length - 1], seen = {};
            function attempt(name, path, init) {
              return fetch(mock + path, init).then(function (r) {
                return r.text().then(function (t) { seen[name] = 'read ' + r.status + ' ' + t; });
              }, function (e) { seen[name] = 'blocked'; });
            }
            var quiet = { method: 'POST', mode: 'no-cors' };
            Promise.all([
              attempt('fault', '/__admin/tck/faults', Object.assign({ body: '{"type":"vendor-error"}' }, quiet)),
              attempt('faultJson', '/__admin/tck/faults', { method: 'POST', body: '{"type":"latency","delayMs":9}',
                  headers: { 'Content-Type': 'application/json' } }),
              attempt('imType', '/__admin/tck/im-type', { method: 'PUT', body: '{"imType":0}' }),
              attempt('stub', '/__admin/mappings', Object.assign({ body: stub }, quiet)),
              attempt('accounts', '/__admin/tck/accounts', {}),
              attempt('journal', '/__admin/requests', {}),
              attempt('requests', '/__admin/tck/requests', {}),
              attempt('deliveries', '/__admin/tck/deliveries', {}),
              attempt('feed', '/__tck/events', {})
            ]).then(function () {
              return attempt('shutdown', '/__admin/shutdown', quiet);
            }).then(function () { done(seen); });
            """;

    private static HeadlessBrowser chromium;
    private static WebDriver browser;
    private MockServer mock;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(HeadlessBrowser.installed(), HeadlessBrowser.NOT_INSTALLED);
        chromium = new HeadlessBrowser(List.of("--host-resolver-rules=MAP " + ATTACKER + " 127.0.0.1, MAP "
                + REBOUND + " 127.0.0.1"), () -> "<!DOCTYPE html><title>elsewhere</title>".getBytes(StandardCharsets.UTF_8));
        browser = chromium.driver();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void freshMock() {
        mock = MockServer.start();
    }

    @org.junit.jupiter.api.AfterEach
    void closeMock() {
        mock.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> attackFrom(String pageUrl, String mockUrl) {
        browser.get(pageUrl);
        return (Map<String, String>) ((JavascriptExecutor) browser).executeAsyncScript(ATTACK, mockUrl, STUB);
    }

    private void assertNothingChanged(Map<String, String> seen) {
        assertTrue(mock.faults().list().isEmpty(), "a fault was switched on: " + seen);
        assertEquals(1, mock.imType(), "the vendor was switched: " + seen);
        assertEquals(404, status(mock.baseUrl() + "/planted"), "a stub was planted: " + seen);
        assertEquals(200, status(mock.baseUrl() + "/__tck/client.json"), "the mock was shut down: " + seen);
    }

    @Test
    void aPageOnAnotherSiteCanNeitherChangeNorReadAnything() {
        signedPush(mock, "机密 secret");
        String page = "http://" + ATTACKER + ":" + chromium.otherOriginPort() + "/";
        Map<String, String> seen = attackFrom(page, mock.baseUrl());
        for (String read : List.of("accounts", "journal", "requests", "deliveries", "feed", "faultJson", "imType")) {
            assertEquals("blocked", seen.get(read), read + ": " + seen);
        }
        assertNothingChanged(seen);
    }

    @Test
    void aPageOnANameReboundToLoopbackIsRefusedThoughItIsSameOrigin() {
        signedPush(mock, "机密 secret");
        mock.serveFile("/__tck/bridge/rebound.html", "text/html; charset=utf-8", "<!DOCTYPE html><title>r</title>");
        String origin = "http://" + REBOUND + ":" + mock.port();
        Map<String, String> seen = attackFrom(origin + "/__tck/bridge/rebound.html", origin);
        for (String read : List.of("accounts", "journal", "requests", "deliveries", "feed")) {
            assertTrue(seen.get(read).startsWith("read 403 "), read + ": " + seen);
            assertFalse(seen.get(read).contains("secret") || seen.get(read).contains("authToken"), read + ": " + seen);
        }
        assertNothingChanged(seen);
    }

    @Test
    void theConsoleStillSwitchesFaultsAndTheVendor() {
        browser.get(mock.baseUrl() + "/");
        WebDriverWait waiting = new WebDriverWait(browser, WAIT);
        waiting.until(d -> d.findElement(By.id("imType1")).getAttribute("class").equals("on"));
        browser.findElement(By.id("fault-ronglian-latency")).click();
        waiting.until(d -> !mock.faults().list().isEmpty());
        browser.findElement(By.id("imType0")).click();
        waiting.until(d -> mock.imType() == 0);
        browser.findElement(By.id("faultsOff")).click();
        waiting.until(d -> mock.faults().list().isEmpty());
    }

    @Test
    void onTheNetworkTheConsoleKeepsItsTokenAndSaysWhenAControlIsRefused() {
        try (MockServer lan = MockServer.start(MockOptions.defaults().withBind("0.0.0.0"))) {
            String token = lan.adminToken().orElseThrow();
            WebDriverWait waiting = new WebDriverWait(browser, WAIT);
            browser.get(lan.baseUrl() + "/");
            waiting.until(d -> d.findElement(By.id("refused")).isDisplayed());
            browser.findElement(By.id("imType0")).click();
            sleep(2500); // two polls of the feed: they must not clear what was refused
            assertTrue(browser.findElement(By.id("refused")).isDisplayed(), "the refusal is still said");
            assertTrue(browser.findElement(By.id("refused-text")).getText().contains("needs the admin token"),
                    browser.findElement(By.id("refused-text")).getText());
            assertEquals(1, lan.imType(), "no token, no switch");

            browser.findElement(By.id("token-input")).sendKeys(token);
            browser.findElement(By.cssSelector("#token-form button")).click();
            waiting.until(d -> !d.findElement(By.id("refused")).isDisplayed());
            browser.findElement(By.id("imType0")).click();
            waiting.until(d -> lan.imType() == 0);

            browser.get(lan.baseUrl() + "/?token=" + token);
            waiting.until(d -> !d.getCurrentUrl().contains("token="));
            browser.get(lan.baseUrl() + "/"); // the tab keeps the token
            waiting.until(d -> d.findElement(By.id("imType0")).getAttribute("class").equals("on"));
            browser.findElement(By.id("imType1")).click();
            waiting.until(d -> lan.imType() == 1);
            assertFalse(browser.findElement(By.id("refused")).isDisplayed());
        }
    }

    @Test
    void anOpenConsoleNoticesARestartAndShowsTheNewRunsMessages() {
        int port = mock.port();
        browser.get(mock.baseUrl() + "/");
        for (int i = 1; i <= 3; i++) {
            signedPush(mock, "第一次 first run " + i);
        }
        WebDriverWait waiting = new WebDriverWait(browser, WAIT);
        waiting.until(d -> d.findElement(By.id("vendor-ronglian")).getText().contains("first run 3"));
        mock.close();
        mock = MockServer.start(MockOptions.defaults().withPort(port));
        signedPush(mock, "第二次 second run");
        waiting.until(d -> d.findElement(By.id("vendor-ronglian")).getText().contains("second run"));
        assertFalse(browser.findElement(By.id("vendor-ronglian")).getText().contains("first run"),
                "the old run's messages are gone");
    }

    private static void signedPush(MockServer server, String content) {
        String sid = "aaf98f8952f7367a0153084e29b80d9c";
        RonglianSignature s = RonglianSignature.sign(sid, "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b");
        String body = "{\"pushType\":\"1\",\"appId\":\"8aaf07085f5c54cf015f5c8ca1ab0001\",\"sender\":\"zhangsan\","
                + "\"receiver\":[\"lisi\"],\"msgType\":\"1\",\"msgContent\":\"" + content + "\"}";
        HttpRequest push = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/2013-12-26/Accounts/" + sid
                + "/IM/PushMsg?sig=" + s.sig())).header("Authorization", s.authorization())
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        assertTrue(send(push).contains("000000"), content);
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
