package org.mplus.tck.harness.htmlunit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.corejs.javascript.EvaluatorException;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptEngine;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.Engine;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.spec.KitResources;

/**
 * The embedded engine: HtmlUnit, no install. Its JavaScript is ES5 plus some ES6 (arrow functions, let,
 * template strings, Promise), without class, async/await or fetch: a bridge that needs them is a harness
 * error here, to be judged with --engine chromium.
 */
public final class HtmlUnitEngine implements Engine {

    static final String ADVICE = "HtmlUnit's JavaScript engine has no class, async/await or fetch; "
            + "judge this bridge with --engine chromium";

    /** Syntax HtmlUnit's parser lacks that browsers run: a parse error on a line using it earns the advice. */
    private static final Pattern LACKED_SYNTAX = Pattern.compile("\\b(class|async|await)\\b");
    /** Strings and line comments, which may name that syntax without using it. */
    private static final Pattern QUOTED = Pattern.compile("'(\\\\.|[^'\\\\])*'|\"(\\\\.|[^\"\\\\])*\"|`[^`]*`|//.*");

    /** How HtmlUnit reports, at call time, the APIs it lacks. */
    private static final List<String> MISSING_IN_HTMLUNIT = List.of("\"fetch\" is not defined");

    private static final String VERSION = buildVersion();

    private final WebClient client = new WebClient(BrowserVersion.BEST_SUPPORTED);
    private final List<PageEvent> events = new CopyOnWriteArrayList<>();
    private final RoutingConnection connection;

    static {
        KitJobFactory.install(); // before any window exists: each window makes its job manager once
    }

    public HtmlUnitEngine() {
        client.setJavaScriptEngine(new SessionDrivenJavaScript(client));
        var options = client.getOptions();
        options.setThrowExceptionOnScriptError(false);
        options.setThrowExceptionOnFailingStatusCode(false);
        options.setPrintContentOnFailingStatusCode(false);
        options.setCssEnabled(false);
        options.setDownloadImages(false);
        options.setPopupBlockerEnabled(true);
        options.setWebSocketEnabled(false);
        options.setTimeout(10_000);
        client.setAlertHandler((page, message) -> events.add(new PageEvent(PageEvent.Kind.ALERT, message)));
        client.setConfirmHandler((page, message) -> {
            events.add(new PageEvent(PageEvent.Kind.CONFIRM, message));
            return false;
        });
        client.setPromptHandler((page, message, defaultValue) -> {
            events.add(new PageEvent(PageEvent.Kind.PROMPT, message));
            return null;
        });
        client.setJavaScriptErrorListener(new PageErrorListener(events));
        client.setIncorrectnessListener((message, origin) -> { });
        client.setCssErrorHandler(new org.htmlunit.SilentCssErrorHandler());
        client.setHTMLParserListener(null);
        connection = new RoutingConnection(client);
        client.setWebConnection(connection);
    }

    @Override
    public String name() {
        return "htmlunit";
    }

    @Override
    public String version() {
        return "HtmlUnit " + VERSION + " (" + BrowserVersion.BEST_SUPPORTED.getNickname() + " profile)";
    }

    /** The build writes it (htmlunit.properties): in the one-jar build, HtmlUnit's package says the kit's version. */
    private static String buildVersion() {
        Properties build = new Properties();
        try (var in = KitResources.open("org/mplus/tck/harness/htmlunit/htmlunit.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version");
    }

    @Override
    public void checkParses(String sourceName, String source) {
        JavaScriptEngine js = (JavaScriptEngine) client.getJavaScriptEngine();
        try {
            js.getContextFactory().call(cx -> cx.compileString(source, sourceName, 1, null));
        } catch (EvaluatorException e) {
            String line = e.lineSource() == null ? "" : e.lineSource().strip();
            boolean lacked = LACKED_SYNTAX.matcher(QUOTED.matcher(line).replaceAll("")).find();
            throw new HarnessError("HtmlUnit cannot parse " + sourceName + ": " + e.details() + " at line "
                    + e.lineNumber() + (line.isEmpty() ? "" : "\n    " + line) + "\n  " + (lacked ? ADVICE
                    : "no syntax HtmlUnit lacks (class, async/await) is on that line: fix the bridge's syntax there")
                    + ".");
        }
    }

    @Override
    public PageSession open(URI page, VendorRoutes routes, boolean injectInstrumentation, Duration scriptTimeout) {
        client.getCurrentWindow().getJobManager().removeAllJobs();
        client.setJavaScriptTimeout(scriptTimeout.toMillis());
        events.clear();
        connection.configure(routes, injectInstrumentation ? page : null);
        HtmlPage loaded;
        try {
            URL url = page.toURL();
            forgetStorage(url);
            loaded = client.getPage(url);
        } catch (ClassCastException e) {
            throw new HarnessError("the bridge page " + page + " is not an HTML page");
        } catch (Exception e) {
            throw new HarnessError("could not load " + page + ": " + e.getMessage(), e);
        }
        return new HtmlUnitSession(client, connection, loaded, events);
    }

    /**
     * The page starts as one opened for the first time: no cookie, nothing in its origin's localStorage or in the
     * window's sessionStorage. The worker's scenarios, often of the other vendor, share the client, its window and
     * the mock's origin.
     */
    private void forgetStorage(URL page) {
        client.getCookieManager().clearCookies();
        client.getStorageHolder().getLocalStorage(page).clear();
        client.getStorageHolder().getSessionStorage(client.getCurrentWindow()).clear();
    }

    @Override
    public Optional<String> limitation(CallOutcome outcome) {
        String seen = outcome.describe();
        return MISSING_IN_HTMLUNIT.stream().filter(seen::contains).findFirst()
                .map(m -> "the bridge uses what HtmlUnit lacks (" + m + "). " + ADVICE + ".");
    }

    @Override
    public void close() {
        client.close();
    }
}
