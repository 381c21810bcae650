package org.mplus.tck.harness.chromium;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.HarnessError;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.browser.model.BrowserContextID;
import org.openqa.selenium.devtools.v156.target.Target;
import org.openqa.selenium.devtools.v156.target.model.TargetID;

/**
 * Debian's chromium beside the kit: a process of {@link IdleBrowsers}, and in it a browser context of the engine's
 * own (as a private window: its own cookies, storage and HTTP cache, in memory), disposed with its pages on close.
 * A kept process that no longer answers is quit and a new one started.
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
        // a kept browser that died while no engine held it is the kit's trouble: a new one takes its place
        Tab tab = IdleBrowsers.takeKept(browser, chromedriver, switches).flatMap(kept -> {
            try {
                return Optional.of(openTab(kept, proxy));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }).orElseGet(() -> {
            try {
                return openTab(new ChromiumProcess(browser, chromedriver, switches), proxy);
            } catch (WebDriverException e) {
                throw new HarnessError("could not open a tab in Chromium (" + browser + ") over DevTools: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            }
        });
        process = tab.process();
        devTools = process.devTools();
        context = tab.context();
    }

    /** The process's DevTools session on a new tab in a new browser context; a process that fails it is quit. */
    private static Tab openTab(ChromiumProcess process, Optional<String> proxy) {
        try {
            DevTools devTools = process.devTools();
            BrowserContextID context = devTools.send(Target.createBrowserContext(Optional.empty(),
                    proxy.map(p -> "http://" + p), Optional.empty(), Optional.empty()));
            TargetID tab = devTools.send(Target.createTarget("about:blank", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(context), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            devTools.createSession(tab.toString());
            return new Tab(process, context);
        } catch (RuntimeException e) {
            process.quit();
            throw e;
        }
    }

    private record Tab(ChromiumProcess process, BrowserContextID context) {
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
