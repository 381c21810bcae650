package org.mplus.tck.harness.chromium;

import java.net.ConnectException;
import java.time.Duration;
import org.mplus.tck.harness.HarnessError;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * A Chrome session on a Selenium Grid 4 (RemoteWebDriver), and its DevTools through the Grid: the Grid proxies
 * the browser's DevTools WebSocket (the session's se:cdp capability), and Selenium's Augmenter connects to it, so
 * the engine intercepts vendor requests and instruments pages exactly as it does beside the kit.
 */
final class GridChromium implements ChromiumBrowser {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A Grid queues a session request while its slots are busy: how long the kit waits for one, and for a command. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(90);

    private final SeleniumGrid grid;
    private final RemoteWebDriver driver;
    private final DevTools devTools;

    GridChromium(SeleniumGrid grid) {
        this.grid = grid;
        ClientConfig config = ClientConfig.defaultConfig().baseUri(grid.url()).connectionTimeout(CONNECT_TIMEOUT)
                .readTimeout(ANSWER_TIMEOUT);
        try {
            driver = (RemoteWebDriver) RemoteWebDriver.builder().oneOf(ChromiumEngine.options()).config(config).build();
        } catch (SessionNotCreatedException e) {
            throw new HarnessError(grid.describe() + " gave no Chrome session: " + firstLine(e)
                    + "; check that it has a free Chrome slot", e);
        } catch (WebDriverException e) {
            throw new HarnessError(grid.describe() + (causedBy(e, ConnectException.class) ? " cannot be reached: "
                    : " could not open a Chrome session: ") + firstLine(e), e);
        }
        try {
            devTools = ((HasDevTools) new Augmenter().augment(driver)).getDevTools();
        } catch (RuntimeException e) {
            driver.quit();
            throw new HarnessError(grid.describe() + " gave a Chrome session without DevTools (" + firstLine(e)
                    + "): the kit works the page over DevTools; use a Selenium Grid 4 that proxies it (se:cdp)", e);
        }
        try {
            devTools.createSession();
        } catch (RuntimeException e) {
            driver.quit();
            throw new HarnessError("could not work Chrome over DevTools" + where() + ": " + firstLine(e), e);
        }
    }

    @Override
    public DevTools devTools() {
        return devTools;
    }

    @Override
    public Capabilities capabilities() {
        return driver.getCapabilities();
    }

    @Override
    public String where() {
        return " on " + grid.describe();
    }

    /**
     * A cheap WebDriver command that no open dialog blocks: it tells a session the Grid dropped (a node gone, its
     * session timeout), and keeps the session from timing out, since the kit drives the page over DevTools only.
     */
    @Override
    public void requireAlive() {
        try {
            driver.getWindowHandle();
        } catch (WebDriverException e) {
            throw new HarnessError(grid.describe() + " dropped the Chrome session " + driver.getSessionId() + " ("
                    + firstLine(e) + "): its node went away or ended the session; the scenarios left on this worker"
                    + " cannot be judged", e);
        }
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } catch (RuntimeException e) {
            // The session went with the browser: quit what is left.
        }
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // Already gone from the Grid: nothing left to end.
        }
    }

    private static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
