package org.mplus.tck.harness.chromium;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.page.Page;

/**
 * A tab of its own in a Chromium beside the tests, for tests that play a device: the engine's browsers, kept between
 * tabs as the engine keeps them (a browser context per tab, with its own proxy, cookies and cache), with the test's
 * switches for the whole process.
 */
public final class ChromiumTab implements AutoCloseable {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final LocalChromium browser;
    private final DevTools devTools;
    private final PageRuntime runtime;

    /**
     * @param switches Chromium switches beyond the engine's
     * @param proxy    the tab's HTTP(S) proxy (host:port), or none
     */
    public ChromiumTab(List<String> switches, Optional<String> proxy) {
        browser = new LocalChromium(ChromiumEngine.browser(), ChromiumEngine.driver(), switches, proxy);
        devTools = browser.devTools();
        runtime = new PageRuntime(devTools, new CopyOnWriteArrayList<>());
        devTools.send(Page.enable(Optional.empty()));
    }

    /** Runs this script in every new document before the page's own. */
    public void addScriptToEveryDocument(String source) {
        devTools.send(Page.addScriptToEvaluateOnNewDocument(source, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    /** Opens the URL in the tab and waits until its document has loaded. */
    public void open(String url) {
        Page.NavigateResponse answer = devTools.send(Page.navigate(url, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        if (answer.getErrorText().isPresent()) {
            throw new IllegalStateException("could not open " + url + ": " + answer.getErrorText().get());
        }
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (!evaluate("document.readyState").equals(Optional.of("complete"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " did not load within " + LOAD_TIMEOUT.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while opening " + url, e);
            }
        }
    }

    /** The expression's value, or empty when it gave null or undefined or could not run. */
    public Optional<Object> evaluate(String expression) {
        return runtime.evaluate(expression);
    }

    /** As {@link #evaluate}, for an expression that gives a promise: its value once it settles. */
    public Optional<Object> await(String expression) {
        return runtime.await(expression);
    }

    /** Closes the tab with its browser context; the browser is kept for the next tab. */
    @Override
    public void close() {
        browser.close();
    }
}
