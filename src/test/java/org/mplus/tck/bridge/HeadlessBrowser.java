package org.mplus.tck.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import com.sun.net.httpserver.HttpServer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.mplus.tck.harness.chromium.ChromiumEngine;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium under Selenium, on a throwaway profile, for tests that use pages as a person does;
 * with a web server of its own on another origin than the mock's, serving one page at every path. It is the
 * browser the Chromium engine starts (the headless shell where installed: half the CPU of a whole Chromium to start
 * and to load a page, the same Blink and V8).
 */
final class HeadlessBrowser implements AutoCloseable {

    static final Path BROWSER = ChromiumEngine.browser();
    static final Path CHROMEDRIVER = ChromiumEngine.driver();

    private final Path profile;
    private final WebDriver driver;
    private final HttpServer otherOrigin;

    /**
     * @param moreArguments Chromium switches beyond the headless defaults
     * @param page          what the other origin answers, at every path, as HTML
     */
    HeadlessBrowser(List<String> moreArguments, Callable<byte[]> page) {
        this(BROWSER, moreArguments, page);
    }

    /** With this browser binary: the whole Chromium shows a page of its own where the headless shell shows none. */
    HeadlessBrowser(Path binary, List<String> moreArguments, Callable<byte[]> page) {
        try {
            profile = Files.createTempDirectory("mplus-tck-chromium");
            otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        otherOrigin.createContext("/", exchange -> {
            byte[] body;
            try {
                body = page.call();
            } catch (Exception e) {
                throw new IOException("the other origin's page: " + e.getMessage(), e);
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherOrigin.start();
        ChromeOptions options = new ChromeOptions();
        ChromiumEngine.useBinary(options, binary);
        options.addArguments("--headless=new", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1100",
                "--user-data-dir=" + profile);
        options.addArguments(moreArguments);
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Whether Debian's chromium and chromium-driver are installed; tests skip with this notice otherwise. */
    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(CHROMEDRIVER);
    }

    static final String NOT_INSTALLED = "SKIPPED: browser tests need Debian's chromium and chromium-driver ("
            + BROWSER + ", " + CHROMEDRIVER + "): " + ChromiumEngine.INSTALL;

    WebDriver driver() {
        return driver;
    }

    /** The port of the other origin, on 127.0.0.1 (or any name Chromium is told resolves there). */
    int otherOriginPort() {
        return otherOrigin.getAddress().getPort();
    }

    @Override
    public void close() {
        otherOrigin.stop(0);
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
