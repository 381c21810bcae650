package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.html.HtmlPage;
import org.mplus.tck.mock.MockServer;

/**
 * A page on the mock that loads the reference bridge, driven through HtmlUnit: calls mplus the way a page does
 * and records its callbacks, the console's warnings and the page's script errors.
 */
final class BridgePage implements AutoCloseable {

    static final String PATH = "/__test/bridge-page.html";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any call's own deadline: a missing callback shows up as a null outcome, not a hang. */
    private static final long WAIT_MS = 6000;

    /** What the page's recorder saw: which callback, its argument, and whether the call had returned by then. */
    record Outcome(String callback, JsonNode res, boolean afterReturn, int callbacks, long ms) {
        String errMsg() {
            return res.path("errMsg").asText();
        }

        boolean succeeded() {
            return callback.equals("success") && callbacks == 1;
        }

        boolean failed() {
            return callback.equals("fail") && callbacks == 1 && !errMsg().isEmpty();
        }
    }

    final WebClient client = new WebClient(BrowserVersion.BEST_SUPPORTED);
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final HtmlPage page;
    private int ids;
    private MockServer ownMock;

    BridgePage(MockServer mock) throws java.io.IOException {
        mock.serveFile(PATH, "text/html; charset=utf-8", """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>bridge test</title>
                <script>
                  window.outcomes = {}; window.plusready = 0;
                  document.addEventListener('plusready', function () { window.plusready++; });
                  // Calls mplus[name] with the options (JSON) and recording callbacks.
                  window.call = function (id, name, options) {
                    var out = { callbacks: 0, returned: false, started: new Date().getTime() };
                    window.outcomes[id] = out;
                    function record(kind) {
                      return function (res) {
                        out.callbacks++;
                        if (out.callbacks === 1) {
                          out.callback = kind; out.res = res; out.afterReturn = out.returned;
                          out.ms = new Date().getTime() - out.started;
                        }
                      };
                    }
                    options.success = record('success');
                    options.fail = record('fail');
                    mplus[name](options);
                    out.returned = true;
                  };
                </script>
                <script src="/mplus.js"></script>
                </head><body><h1>bridge test</h1></body></html>
                """);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setTimeout(10_000);
        client.setJavaScriptErrorListener(new org.htmlunit.javascript.SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage p, org.htmlunit.ScriptException e) {
                errors.add(e.getMessage());
            }
        });
        client.getWebConsole().setLogger(new WarningsOnly(warnings));
        page = client.getPage(mock.baseUrl() + PATH);
        client.waitForBackgroundJavaScript(200);
    }

    /** Calls mplus.name(options) and waits for its first callback (a null outcome: none came). */
    Outcome call(String name, Object options) {
        String id = "c" + (++ids);
        run("window.call(" + json(id) + "," + json(name) + "," + json(options) + ")");
        long until = System.currentTimeMillis() + WAIT_MS;
        JsonNode out = outcome(id);
        while (out.path("callbacks").asInt() == 0 && System.currentTimeMillis() < until) {
            client.waitForBackgroundJavaScript(20);
            out = outcome(id);
        }
        client.waitForBackgroundJavaScriptStartingBefore(200);
        out = outcome(id);
        if (out.path("callbacks").asInt() == 0) {
            return null;
        }
        return new Outcome(out.path("callback").asText(), out.path("res"), out.path("afterReturn").asBoolean(),
                out.path("callbacks").asInt(), out.path("ms").asLong());
    }

    Outcome succeeds(String name, Object options) {
        Outcome o = call(name, options);
        assertTrue(o != null && o.succeeded(), name + " " + options + " should succeed once, got " + describe(o));
        return o;
    }

    Outcome fails(String name, Object options) {
        Outcome o = call(name, options);
        assertTrue(o != null && o.failed(), name + " " + options + " should fail once with an errMsg, got " + describe(o));
        return o;
    }

    private static String describe(Outcome o) {
        return o == null ? "no callback" : o.callbacks() + " callback(s), the first " + o.callback() + "(" + o.res() + ")";
    }

    Object run(String script) {
        return page.executeJavaScript(script).getJavaScriptResult();
    }

    /** A JSON value computed in the page. */
    JsonNode eval(String expression) {
        return parse(String.valueOf(run("JSON.stringify(" + expression + ")")));
    }

    void settle() {
        client.waitForBackgroundJavaScript(500);
    }

    private JsonNode outcome(String id) {
        return eval("window.outcomes[" + json(id) + "]");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A page on a mock of its own, closed with it: for mplus.js alone (its grammar), with no vendor in play. */
    static BridgePage onItsOwnMock() {
        MockServer own = MockServer.start();
        try {
            BridgePage page = new BridgePage(own);
            page.ownMock = own;
            return page;
        } catch (java.io.IOException e) {
            own.close();
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        if (ownMock != null) {
            ownMock.close();
        }
    }

    /** Keeps console.warn lines; the rest of the console is not the bridge's help to the developer. */
    private record WarningsOnly(List<String> warnings) implements WebConsole.Logger {
        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public void trace(Object message) {
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(Object message) {
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(Object message) {
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(Object message) {
            warnings.add(String.valueOf(message));
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(Object message) {
            warnings.add("error: " + message);
        }
    }
}
