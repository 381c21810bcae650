package org.mplus.tck.harness.chromium;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.Engine;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Instrumentation;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.mock.PageVisits;
import org.mplus.tck.spec.KitResources;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.DevToolsException;
import org.openqa.selenium.devtools.v156.emulation.Emulation;
import org.openqa.selenium.devtools.v156.network.Network;
import org.openqa.selenium.devtools.v156.page.Page;
import org.openqa.selenium.devtools.v156.page.model.DialogType;
import org.openqa.selenium.devtools.v156.page.model.JavascriptDialogOpening;
import org.openqa.selenium.devtools.v156.page.model.ScriptIdentifier;
import org.openqa.selenium.devtools.v156.runtime.Runtime;
import org.openqa.selenium.devtools.v156.runtime.model.ExceptionDetails;
import org.openqa.selenium.devtools.v156.storage.Storage;

/**
 * Headless Chromium through Selenium: the JavaScript of real WebViews (class, async/await, fetch). Debian's
 * headless shell of Chromium where it is installed, else its chromium, and its chromedriver, named explicitly so that
 * Selenium Manager never looks for (or downloads) any of them, or a
 * Chrome session on a Selenium Grid ({@link #onGrid}). One browser per worker; each scenario gets a freshly loaded
 * page in its one tab, and the kit works the page over DevTools: calls, errors, dialogs, navigation and the routing
 * of vendor hosts to the mock.
 */
public final class ChromiumEngine implements Engine {

    /** Where Debian installs them; -Dmplus.tck.chromium=… and -Dmplus.tck.chromedriver=… name others. */
    public static final String BROWSER_PROPERTY = "mplus.tck.chromium";
    public static final String DRIVER_PROPERTY = "mplus.tck.chromedriver";
    public static final String INSTALL = "apt-get install -y chromium chromium-driver chromium-headless-shell";
    /** Debian's Chromium, the browser. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * Debian's old headless shell of the same Chromium (package chromium-headless-shell): the same Blink and V8
     * without a browser's window machinery, preferred where it is installed. A run of the suite on it took two
     * thirds of the time and of the CPU it took on the browser (bench/engine-cpu.sh).
     */
    public static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");
    /** What chromedriver must be asked for to start the headless shell: with "chrome" it finds no page to drive. */
    private static final String HEADLESS_SHELL_NAME = "chrome-headless-shell";
    /**
     * A page left for another of its site stays in its renderer: no new document, process or cached page for each
     * page a run opens, which made its navigations 40 % slower.
     */
    public static final String SAME_SITE_NAVIGATION =
            "--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument";

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);
    private static final String BLANK = "about:blank";
    /** The kinds of an origin's data a page can store, as DevTools names them (the HTTP cache is none of them). */
    private static final String STORED = "local_storage,indexeddb,cache_storage,service_workers";
    /** The page's count of its pending work, in every document of the tab. */
    private static final String PAGE_WORK = "org/mplus/tck/harness/chromium/page-work.js";

    private final ChromiumBrowser browser;
    private final DevTools devTools;
    private final List<PageEvent> events = new CopyOnWriteArrayList<>();
    private final PageRuntime runtime;
    private PageNews news;
    /** As HtmlUnit's: the slowest answer the suite plays is a latency of twice the timeout. */
    private static final Duration LATE_EXCHANGES = Duration.ofSeconds(15);
    /** The longest the kit waits for a page that navigated away to commit its new document. */
    private static final Duration NAVIGATION_COMMIT = Duration.ofSeconds(2);
    private final VendorInterceptor interceptor;
    /** Load events by the document (loader) they finished: a late one from an earlier page must not count. */
    private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();
    private Optional<ScriptIdentifier> injected = Optional.empty();
    private volatile long settleMs = PolledCall.SETTLE_MS;

    public ChromiumEngine() {
        this(browser(), driver());
    }

    /** The one named by -Dmplus.tck.chromium, else the headless shell where it is installed, else Chromium. */
    public static Path browser() {
        String named = System.getProperty(BROWSER_PROPERTY);
        if (named != null) {
            return Path.of(named);
        }
        return Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;
    }

    /** Has chromedriver start this binary, the headless shell included. */
    public static void useBinary(ChromeOptions options, Path browser) {
        options.setBinary(browser.toFile());
        if (browser.getFileName().toString().contains("headless-shell")) {
            options.setCapability("browserName", HEADLESS_SHELL_NAME);
        }
    }

    public static Path driver() {
        return Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    }

    ChromiumEngine(Path browser, Path chromedriver) {
        this(new LocalChromium(browser, chromedriver));
    }

    /** A Chrome session on the Grid: the kit works it over the Grid's DevTools connection, as a local one. */
    public static ChromiumEngine onGrid(SeleniumGrid grid) {
        return new ChromiumEngine(new GridChromium(grid));
    }

    private ChromiumEngine(ChromiumBrowser browser) {
        this.browser = browser;
        try {
            devTools = browser.devTools();
            runtime = new PageRuntime(devTools, events);
            interceptor = new VendorInterceptor(devTools);
            listen();
        } catch (RuntimeException e) {
            browser.close();
            throw new HarnessError("could not work Chromium over DevTools" + browser.where() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * @throws HarnessError saying what is missing and the apt-get line that installs it
     */
    public static void requireInstalled() {
        requireInstalled(browser(), driver());
    }

    static void requireInstalled(Path browser, Path chromedriver) {
        List<Path> missing = Stream.of(browser, chromedriver).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            throw new HarnessError("--engine chromium needs Debian's Chromium and its driver, and " + missing
                    + (missing.size() == 1 ? " is" : " are") + " missing. Install them with:\n  " + INSTALL);
        }
    }

    /** What every browser of the engine runs with, wherever it runs. */
    static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--disable-dev-shm-usage", SAME_SITE_NAVIGATION);
        // The kit dismisses dialogs over DevTools; chromedriver must leave them alone.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        return options;
    }

    private void listen() {
        devTools.send(Runtime.enable());
        devTools.send(Page.enable(Optional.empty()));
        news = new PageNews(devTools);
        // Ahead of every document's own scripts and of the instrumentation, which reports its callbacks to it.
        devTools.send(Page.addScriptToEvaluateOnNewDocument(KitResources.read(PAGE_WORK), Optional.empty(),
                Optional.empty(), Optional.empty()));
        devTools.send(Page.setLifecycleEventsEnabled(true));
        devTools.addListener(Runtime.exceptionThrown(), e -> events.add(
                new PageEvent(PageEvent.Kind.SCRIPT_ERROR, PageRuntime.describe(e.getExceptionDetails()))));
        devTools.addListener(Page.javascriptDialogOpening(), this::dialog);
        devTools.addListener(Page.lifecycleEvent(), e -> {
            if ("load".equals(e.getName())) {
                load(e.getLoaderId().toString()).complete(null);
            }
        });
    }

    /** Dialogs never block the page: recorded, then dismissed (confirm answers false, prompt null). */
    private void dialog(JavascriptDialogOpening dialog) {
        DialogType type = dialog.getType();
        if (type != DialogType.BEFOREUNLOAD) {
            PageEvent.Kind kind = type == DialogType.CONFIRM ? PageEvent.Kind.CONFIRM
                    : type == DialogType.PROMPT ? PageEvent.Kind.PROMPT : PageEvent.Kind.ALERT;
            events.add(new PageEvent(kind, dialog.getMessage()));
        }
        // A page leaving (the kit's next page) is let go; any other dialog is dismissed.
        try {
            devTools.send(Page.handleJavaScriptDialog(type == DialogType.BEFOREUNLOAD, Optional.empty()));
        } catch (DevToolsException e) {
            // The dialog went with its page.
        }
    }

    @Override
    public String name() {
        return "chromium";
    }

    @Override
    public String version() {
        Capabilities capabilities = browser.capabilities();
        Object chrome = capabilities.getCapability("chrome");
        String chromedriver = chrome instanceof Map<?, ?> m && m.get("chromedriverVersion") != null
                ? ", chromedriver " + String.valueOf(m.get("chromedriverVersion")).split(" ")[0] : "";
        String headless = HEADLESS_SHELL_NAME.equals(capabilities.getBrowserName()) ? "headless shell" : "headless";
        return "Chromium " + capabilities.getBrowserVersion() + " (" + headless + chromedriver + ")" + browser.where();
    }

    /** Compiles the bridge in the page without running it (DevTools Runtime.compileScript). */
    @Override
    public void checkParses(String sourceName, String source) {
        Optional<ExceptionDetails> error = runtime.compile(source, sourceName);
        if (error.isPresent()) {
            throw new HarnessError("Chromium cannot parse " + sourceName + ": "
                    + PageRuntime.describe(error.get()));
        }
    }

    @Override
    public PageSession open(URI page, VendorRoutes routes, boolean injectInstrumentation, Duration scriptTimeout) {
        browser.requireAlive();
        runtime.scriptTimeout(scriptTimeout);
        interceptor.routeTo(routes, page);
        inject(injectInstrumentation);
        events.clear();
        navigate(page.toString());
        return new ChromiumSession(this, runtime, news, events, page);
    }

    /** A bridge's own page gets the instrumentation before any of its scripts, in every new document. */
    private void inject(boolean wanted) {
        if (wanted && injected.isEmpty()) {
            injected = Optional.of(devTools.send(Page.addScriptToEvaluateOnNewDocument(
                    KitResources.read(Instrumentation.RESOURCE), Optional.empty(), Optional.empty(),
                    Optional.empty())));
        } else if (!wanted && injected.isPresent()) {
            devTools.send(Page.removeScriptToEvaluateOnNewDocument(injected.get()));
            injected = Optional.empty();
        }
    }

    /** Loads a URL in the tab and waits for its load event: a new document, so a clean JavaScript world. */
    private void navigate(String url) {
        Page.NavigateResponse answer = commit(url);
        if (answer.getLoaderId().isEmpty()) {
            return; // the same document (a fragment): nothing loads
        }
        try {
            load(answer.getLoaderId().get().toString()).get(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new HarnessError(url + " did not finish loading within " + LOAD_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new HarnessError("could not load " + url + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while loading " + url, e);
        } finally {
            loads.clear();
        }
    }

    /** Navigates the tab; DevTools answers once the new document has replaced the old one. */
    private Page.NavigateResponse commit(String url) {
        Page.NavigateResponse answer = devTools.send(Page.navigate(url, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        if (answer.getErrorText().isPresent()) {
            throw new HarnessError("could not load " + url + ": " + answer.getErrorText().get());
        }
        return answer;
    }

    private CompletableFuture<Void> load(String loaderId) {
        return loads.computeIfAbsent(loaderId, id -> new CompletableFuture<>());
    }

    /**
     * Sets how long a call is watched for a second callback after its first. Only tests change it: a window far
     * longer than any stall of a loaded machine tells a window closed early from one waited out.
     */
    void settleWindow(Duration window) {
        settleMs = window.toMillis();
    }

    long settleMs() {
        return settleMs;
    }

    /**
     * Where the tab's main frame went, asked of DevTools itself: the frameNavigated event may reach a listener after
     * the kit has already seen the old page gone (seen under load). Waits a bounded while for the new document to
     * commit, since the old one can vanish first; a page that reloaded itself stays at {@code left}.
     */
    String urlAfterLeaving(URI left) {
        long until = System.currentTimeMillis() + NAVIGATION_COMMIT.toMillis();
        String url = mainFrameUrl();
        while (url.equals(left.toString()) && System.currentTimeMillis() < until) {
            CallWatch.pause(10);
            url = mainFrameUrl();
        }
        return url;
    }

    private String mainFrameUrl() {
        return devTools.send(Page.getFrameTree()).getFrame().getUrl();
    }

    /**
     * Leaves the scenario's page, so that none of its timers or requests reaches the next scenario's mock. The kit's
     * own page is left for a page without scripts on its origin ({@link PageVisits#LEFT}): the same renderer commits
     * it, which ends the old document there and then, so nothing of it runs once DevTools has answered. Any other
     * page (a user's own, or one of another origin the bridge went to) is left for about:blank, which another
     * renderer may commit while the old one runs on (a 5 ms interval was seen sending requests for 200 ms after), so
     * its scripts are switched off first; that switch and the other renderer cost four times the same-origin leave.
     * Vendor requests the browser hands over from the start of the leave are failed; those it handed over before
     * land first. Then what the page stored is cleared (see {@link #clearStorage}).
     */
    void leave(URI page) {
        interceptor.pageLeft();
        if (PageVisits.PAGE.equals(page.getPath()) && sameOrigin(page, mainFrameUrl())) {
            commit(page.resolve(PageVisits.LEFT).toString());
        } else {
            devTools.send(Emulation.setScriptExecutionDisabled(true));
            commit(BLANK);
            devTools.send(Emulation.setScriptExecutionDisabled(false));
        }
        interceptor.awaitExchanges(LATE_EXCHANGES);
        clearStorage(page);
    }

    /**
     * Clears what a scenario's page stored, once nothing of it runs: every cookie of the tab's browser context
     * (Network's command: Storage's clears the default context's), and its origin's DOM storage
     * (DevTools' local_storage: sessionStorage as well, EnginesAlikeTest sees both go), IndexedDB, Cache Storage and
     * service workers. The worker's next scenario, on the same origin and often the other vendor, starts as a page
     * opened for the first time; the HTTP cache, which holds the kit's constant scripts, is kept.
     */
    private void clearStorage(URI page) {
        devTools.send(Network.clearBrowserCookies());
        devTools.send(Storage.clearDataForOrigin(page.resolve("/").toString().replaceFirst("/$", ""), STORED));
    }

    private static boolean sameOrigin(URI page, String url) {
        return url.startsWith(page.resolve("/").toString());
    }

    @Override
    public Optional<String> limitation(CallOutcome outcome) {
        return Optional.empty();
    }

    @Override
    public void close() {
        browser.close();
    }
}
