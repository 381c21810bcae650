package org.mplus.tck.harness.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplus.tck.harness.chromium.ChromiumEngine;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.page.Page;

/**
 * Headless Chromium playing an app on a device: its bridge is injected into every document before the page's own
 * scripts, as a native host injects one (DevTools Page.addScriptToEvaluateOnNewDocument); its HTTP(S) proxy is the
 * kit, whose CA it trusts by its public key alone, as a test device trusts the installed CA.
 */
public final class PlayedApp implements AutoCloseable {

    private final Path profile;
    private final ChromeDriver driver;

    /**
     * @param bridge the app's bridge, or none (a plain browser)
     * @param proxy  the kit's proxy (host:port) and the SPKI hash of its CA, or none (traffic goes straight out)
     */
    public PlayedApp(Optional<String> bridge, Optional<String> proxy, Optional<String> caSpki) {
        try {
            profile = Files.createTempDirectory("mplus-tck-app");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        ChromiumEngine.useBinary(options, ChromiumEngine.browser());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                // the runner opens a page per scenario, as the engine does: a sixth less of Chromium's CPU
                ChromiumEngine.SAME_SITE_NAVIGATION, "--user-data-dir=" + profile);
        proxy.ifPresent(p -> options.addArguments("--proxy-server=http://" + p));
        caSpki.ifPresent(s -> options.addArguments("--ignore-certificate-errors-spki-list=" + s));
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumEngine.driver().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        bridge.ifPresent(source -> {
            DevTools devTools = driver.getDevTools();
            devTools.createSession();
            devTools.send(Page.enable(Optional.empty()));
            devTools.send(Page.addScriptToEvaluateOnNewDocument(source, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        });
    }

    /** Opens a URL in the app's WebView, as a person does from a link or a scanned code. */
    public void open(String url) {
        driver.get(url);
    }

    /** What the runner page says about itself. */
    public String status() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var s = document.getElementById('status'); return s ? s.textContent : document.body.innerText;"));
    }

    /** The status of a fetch from the page, or the network error. */
    public Object fetchStatus(String url) {
        return ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status); },"
                + " function (e) { done('network error: ' + e); });", url);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Chromium may still write there a moment after quitting: the temporary folder stays
            }
        }
    }
}
