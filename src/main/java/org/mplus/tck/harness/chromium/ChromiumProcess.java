package org.mplus.tck.harness.chromium;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.mplus.tck.harness.HarnessError;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;

/** Debian's chromium started by its chromedriver beside the kit, in a fresh user-data directory deleted on quit. */
final class ChromiumProcess {

    private final Path browser;
    private final Path chromedriver;
    private final List<String> switches;
    private final Path userData;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    /** @param switches Chromium switches beyond the engine's */
    ChromiumProcess(Path browser, Path chromedriver, List<String> switches) {
        ChromiumEngine.requireInstalled(browser, chromedriver);
        this.browser = browser;
        this.chromedriver = chromedriver;
        this.switches = List.copyOf(switches);
        try {
            userData = Files.createTempDirectory("mplus-tck-engine-chromium-");
        } catch (IOException e) {
            throw new HarnessError("cannot create Chromium's user-data directory: " + e.getMessage(), e);
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            driver = new ChromeDriver(service, options(browser, userData, switches));
        } catch (WebDriverException e) {
            service.stop();
            deleteUserData();
            throw new HarnessError("could not start Chromium (" + browser + ") with " + chromedriver + ": "
                    + e.getMessage().lines().findFirst().orElse("") + "\n  The browser and its driver must be the "
                    + "same version: " + ChromiumEngine.INSTALL, e);
        }
    }

    private static ChromeOptions options(Path browser, Path userData, List<String> switches) {
        ChromeOptions options = ChromiumEngine.options();
        ChromiumEngine.useBinary(options, browser);
        options.addArguments("--user-data-dir=" + userData);
        options.addArguments(switches);
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to run as root with its sandbox
        }
        return options;
    }

    /** Whether this is the given browser started by the given driver with these switches. */
    boolean is(Path browser, Path chromedriver, List<String> switches) {
        return this.browser.equals(browser) && this.chromedriver.equals(chromedriver)
                && this.switches.equals(switches);
    }

    /** The browser's DevTools connection: one per process, so one engine at a time may hold a session on it. */
    DevTools devTools() {
        return driver.getDevTools();
    }

    Capabilities capabilities() {
        return driver.getCapabilities();
    }

    void quit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // Already gone: nothing left to end but the driver and the directory.
        } finally {
            service.stop();
            deleteUserData();
        }
    }

    /** Chromium's last processes may still write there for a moment after quit: retry for up to 2 s. */
    private void deleteUserData() {
        for (int attempt = 0; attempt < 20 && Files.exists(userData); attempt++) {
            try (Stream<Path> files = Files.walk(userData)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // A file went away while the walk listed it: walk again.
            }
            if (Files.exists(userData)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
