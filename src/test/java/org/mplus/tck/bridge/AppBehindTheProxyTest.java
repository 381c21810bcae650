package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.chromium.ChromiumEngine;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.mock.Delivery;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.VendorRequest;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium plays an app whose proxy is the mock: its page, on an origin of its own, runs the real-host
 * bridge, which talks HTTPS to the vendors' real hosts (https://app.cloopen.com:8883, https://api.xianwei-im.example).
 * Chromium trusts the kit's CA alone, by its public key; nothing reroutes the requests but the proxy.
 */
@ChromiumInstalled
class AppBehindTheProxyTest {

    private static final Path BRIDGE = Path.of("src/test/resources/bridges/realhost/realhost-bridge.js");

    @TempDir
    static Path settings;
    private static MockServer server;
    private static HeadlessBrowser chromium;
    /** What the app's origin serves, at every path. */
    private static volatile String page = "";

    @BeforeAll
    static void start() throws Exception {
        server = MockServer.start(MockOptions.defaults().withProxy(settings.resolve("ca.jks")));
        // the bridge gives a call 1.7 s: more than a host's first certificate may take to make on a busy machine
        server.proxy().orElseThrow().certificatesMade().get(60, TimeUnit.SECONDS);
        chromium = new HeadlessBrowser(List.of("--proxy-server=http://127.0.0.1:" + server.port(),
                "--ignore-certificate-errors-spki-list=" + server.proxy().orElseThrow().ca().spkiSha256()),
                () -> page.getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    /** The app: the bridge built for one IM, and a page that sends one message through it. */
    private static String app(int imType, String text) throws Exception {
        return "<!doctype html><meta charset=\"utf-8\"><script>var realhostBuild = { imType: " + imType
                + ", seams: {} };\n" + Files.readString(BRIDGE, StandardCharsets.UTF_8) + "</script><script>"
                + "window.outcome = null;"
                + "mplus.sendChatMessage({imaccount: 'lisi', message: '" + text + "',"
                + " success: function (res) { window.outcome = 'success ' + JSON.stringify(res); },"
                + " fail: function (res) { window.outcome = 'fail ' + JSON.stringify(res); }});</script>";
    }

    private static String appUrl() {
        return "http://127.0.0.1:" + chromium.otherOriginPort() + "/app";
    }

    private static String outcome() {
        JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(d -> (String) js.executeScript("return window.outcome;"));
    }

    @Test
    void ronglianOverHttpsToItsRealHostIsDeliveredByTheMock() throws Exception {
        page = app(1, "经代理 你好，容联云");
        chromium.driver().get(appUrl());
        String outcome = outcome();
        assertTrue(outcome.startsWith("success"), outcome);
        assertEquals(List.of("lisi 经代理 你好，容联云"), server.deliveries().stream()
                .map(d -> d.to() + " " + d.content()).toList());
        assertEquals(List.of("ronglian"), server.vendorRequests().stream().map(VendorRequest::vendor)
                .distinct().toList());
    }

    @Test
    void xianweiOverHttpsToItsRealHostIsDeliveredByTheMock() throws Exception {
        page = app(0, "经代理 你好，先维IM");
        chromium.driver().get(appUrl());
        String outcome = outcome();
        assertTrue(outcome.startsWith("success"), outcome);
        assertEquals(List.of("经代理 你好，先维IM"), server.deliveries().stream().map(Delivery::content).toList());
        assertEquals(List.of("xianwei"), server.vendorRequests().stream().map(VendorRequest::vendor)
                .distinct().toList());
    }

    @Test
    void anotherHostIsRefusedWith403ToThePageAndTheBrowser() {
        page = "<!doctype html><meta charset=\"utf-8\"><p>app</p>";
        chromium.driver().get(appUrl());
        Object status = ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('https://example.org/').then(function (r) { done(r.status); },"
                        + " function (e) { done('network error: ' + e); });");
        assertEquals(403L, status);

        chromium.driver().get("https://example.org/");
        String shown = chromium.driver().getPageSource();
        assertTrue(shown.contains("never forwards traffic to the internet")
                && shown.contains("https://example.org:443 is not a vendor's host"), shown);
        assertTrue(server.vendorRequests().isEmpty(), server.vendorRequests().toString());
    }

    @Test
    void aBrowserThatDoesNotTrustTheKitsCaGetsNoAnswer() {
        // the whole Chromium, which names the certificate error on its page (the headless shell shows a blank one)
        try (HeadlessBrowser untrusting = new HeadlessBrowser(ChromiumEngine.CHROMIUM, List.of(
                "--proxy-server=http://127.0.0.1:" + server.port()), () -> page.getBytes(StandardCharsets.UTF_8))) {
            untrusting.driver().get("https://example.org/");
            String shown = untrusting.driver().getPageSource();
            assertTrue(shown.contains("ERR_CERT_AUTHORITY_INVALID"), shown);
            assertFalse(shown.contains("never forwards"), "the kit's answer shown under a certificate not trusted");
        }
    }
}
