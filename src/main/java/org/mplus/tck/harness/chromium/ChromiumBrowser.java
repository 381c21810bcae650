package org.mplus.tck.harness.chromium;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.devtools.DevTools;

/**
 * Where a Chromium engine's browser runs and how the kit reaches its DevTools: beside the kit through the local
 * chromedriver ({@link LocalChromium}), or on a Selenium Grid ({@link GridChromium}). The engine works the page the
 * same way over either.
 */
interface ChromiumBrowser extends AutoCloseable {

    /** The browser's DevTools, with a session on the engine's tab. */
    DevTools devTools();

    /** What the driver says of the browser: its version, chromedriver's. */
    Capabilities capabilities();

    /** For reports and errors: empty beside the kit, " on the Selenium Grid at URL" on a Grid. */
    String where();

    /**
     * Checks, before a page opens, that the browser is still there.
     *
     * @throws org.mplus.tck.harness.HarnessError saying where it went
     */
    void requireAlive();

    /** Ends the engine's DevTools session and everything it opened in the browser. */
    @Override
    void close();
}
