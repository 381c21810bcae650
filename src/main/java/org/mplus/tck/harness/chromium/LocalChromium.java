package org.mplus.tck.harness.chromium;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.HarnessError;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.browser.model.BrowserContextID;
import org.openqa.selenium.devtools.v156.target.Target;
import org.openqa.selenium.devtools.v156.target.model.TargetID;

/**
 * Debian's chromium beside the kit: a process of {@link IdleBrowsers}, and in it a browser context of the engine's
 * own (as a private window: its own cookies, storage and HTTP cache, in memory), disposed with its pages on close.
 */
final class LocalChromium implements ChromiumBrowser {

    private final ChromiumProcess process;
    private final DevTools devTools;
    private final BrowserContextID context;

    LocalChromium(Path browser, Path chromedriver) {
        this(browser, chromedriver, List.of(), Optional.empty());
    }

    /**
     * @param switches Chromium switches beyond the engine's, for the whole process
     * @param proxy    the context's HTTP(S) proxy (host:port), or none: straight out
     */
    LocalChromium(Path browser, Path chromedriver, List<String> switches, Optional<String> proxy) {
        process = IdleBrowsers.take(browser, chromedriver, switches);
        devTools = process.devTools();
        try {
            context = devTools.send(Target.createBrowserContext(Optional.empty(), proxy.map(p -> "http://" + p),
                    Optional.empty(), Optional.empty()));
            TargetID tab = devTools.send(Target.createTarget("about:blank", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(context), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            devTools.createSession(tab.toString());
        } catch (RuntimeException e) {
            process.quit();
            throw new HarnessError("could not open a tab in Chromium over DevTools: " + e.getMessage(), e);
        }
    }

    @Override
    public DevTools devTools() {
        return devTools;
    }

    @Override
    public Capabilities capabilities() {
        return process.capabilities();
    }

    @Override
    public String where() {
        return "";
    }

    @Override
    public void requireAlive() {
        // Beside the kit, a browser that dies shows in the DevTools call that finds it gone.
    }

    /**
     * Ends the engine's session and its listeners, disposes its context with every page in it, and gives the
     * process back; one that does not answer all of that is quit instead.
     */
    @Override
    public void close() {
        try {
            devTools.clearListeners();
            devTools.disconnectSession();
            devTools.send(Target.disposeBrowserContext(context));
        } catch (RuntimeException e) {
            process.quit();
            return;
        }
        IdleBrowsers.giveBack(process);
    }
}
