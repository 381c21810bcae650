package org.mplus.tck.harness.htmlunit;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.background.JavaScriptJob;
import org.htmlunit.javascript.background.JavaScriptJobManager;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;

/** One HtmlUnit page carrying the bridge under test. */
final class HtmlUnitSession implements PageSession {

    /** Non-ASCII escaped: the call is JavaScript source, and U+2028 in a literal breaks older engines. */
    private static final ObjectMapper JS_LITERALS = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** After the first callback, how far ahead the kit still runs the page's timers to catch a second one. */
    private static final long SETTLE_MS = 100;

    private final WebClient client;
    private final HtmlPage page;
    private final List<PageEvent> events;
    private final AtomicInteger ids = new AtomicInteger();

    HtmlUnitSession(WebClient client, HtmlPage page, List<PageEvent> events) {
        this.client = client;
        this.page = page;
        this.events = events;
        requireInstrumentation();
    }

    private void requireInstrumentation() {
        Object present = page.executeJavaScript("typeof window.__mplusTck").getJavaScriptResult();
        if (!"object".equals(String.valueOf(present))) {
            throw new HarnessError("the kit's instrumentation did not load in " + page.getUrl()
                    + " (page events: " + events + ")");
        }
    }

    @Override
    public CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout) {
        String id = "c" + ids.incrementAndGet();
        int eventsBefore = events.size();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        String script = "window.__mplusTck.call(" + literal(id) + "," + literal(name) + ","
                + (options == null ? "undefined" : literal(options)) + "," + literal(mode.js()) + ")";
        boolean onPage = run(script) != null;
        JsonNode result = onPage ? read(id) : null;
        boolean settled = false;
        while (onPage && callbacks(result) == 0) {
            boolean ran = runDueJob();
            result = read(id);
            if (result == null) {
                onPage = false;
            } else if (callbacks(result) == 0 && jobs().getJobCount() == 0) {
                settled = true; // nothing left to run: no callback will ever come
                break;
            } else if (System.nanoTime() > deadline) {
                break;
            } else if (!ran && callbacks(result) == 0) {
                pause();
            }
        }
        if (onPage && callbacks(result) > 0) {
            settled = runJobsDueWithin(SETTLE_MS);
            JsonNode later = read(id);
            result = later == null ? result : later;
        }
        if (!onPage) {
            settled = true; // the page is gone: nothing it started can call back any more
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        List<PageEvent> during = new ArrayList<>(events.subList(Math.min(eventsBefore, events.size()), events.size()));
        if (!isCurrent()) {
            during.add(new PageEvent(PageEvent.Kind.NAVIGATION,
                    "the page navigated away to " + client.getCurrentWindow().getEnclosedPage().getUrl()));
        }
        return outcome(name, mode, result, settled, elapsedMs, during);
    }

    private JavaScriptJobManager jobs() {
        return page.getEnclosingWindow().getJobManager();
    }

    /** Runs the page's earliest timer or network job if it is due (nothing else runs them: see SessionDrivenJavaScript). */
    private boolean runDueJob() {
        JavaScriptJob next = jobs().getEarliestJob();
        return next != null && next.getTargetExecutionTime() <= System.currentTimeMillis()
                && jobs().runSingleJob(next);
    }

    /** Runs every job due within the next {@code ms}; true when nothing is left pending at all. */
    private boolean runJobsDueWithin(long ms) {
        long until = System.currentTimeMillis() + ms;
        while (isCurrent()) {
            JavaScriptJob next = jobs().getEarliestJob();
            if (next == null) {
                return true;
            }
            if (next.getTargetExecutionTime() > until) {
                return false;
            }
            if (!runDueJob()) {
                pause();
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while waiting for a callback");
        }
    }

    private static int callbacks(JsonNode result) {
        return result == null ? 0 : result.path("count").path("success").asInt() + result.path("count").path("fail").asInt();
    }

    private CallOutcome outcome(String name, CallbackMode mode, JsonNode result, boolean settled, long elapsedMs,
            List<PageEvent> during) {
        if (result == null) {
            return new CallOutcome(name, mode, false, Optional.empty(), 0, 0, List.of(), settled, elapsedMs, during);
        }
        List<CallbackRecord> records = new ArrayList<>();
        for (JsonNode c : result.path("callbacks")) {
            records.add(new CallbackRecord(
                    c.path("name").asText(),
                    c.path("beforeReturn").asBoolean(),
                    c.path("atMs").asLong(),
                    c.path("argType").asText(),
                    c.path("arg"),
                    c.path("errMsgType").asText(),
                    c.path("errMsgLength").asInt(),
                    c.path("errMsg").isTextual() ? c.path("errMsg").asText() : null,
                    c.path("imTypeType").asText(),
                    c.path("imType")));
        }
        Optional<String> thrown = result.path("thrown").isTextual()
                ? Optional.of(result.path("thrown").asText()) : Optional.empty();
        return new CallOutcome(name, mode, result.path("returned").asBoolean(), thrown,
                result.path("count").path("success").asInt(), result.path("count").path("fail").asInt(),
                records, settled, elapsedMs, during);
    }

    private boolean isCurrent() {
        Page current = client.getCurrentWindow().getEnclosedPage();
        return current == page;
    }

    /** Runs a script on the page; null when the page is gone (navigated away). */
    private Object run(String script) {
        if (!isCurrent()) {
            return null;
        }
        Object value = page.executeJavaScript(script).getJavaScriptResult();
        return value == null ? Boolean.FALSE : value;
    }

    private JsonNode read(String id) {
        Object text = run("window.__mplusTck.result(" + literal(id) + ")");
        if (!(text instanceof CharSequence)) {
            return null;
        }
        try {
            return JSON.readTree(text.toString());
        } catch (java.io.IOException e) {
            throw new HarnessError("the instrumentation's record of call " + id + " is not JSON: " + e.getMessage());
        }
    }

    private static String literal(Object value) {
        try {
            return JS_LITERALS.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HarnessError("cannot write " + value + " as a JavaScript literal", e);
        }
    }

    @Override
    public void setGlobal(String name, JsonNode value) {
        run("window[" + literal(name) + "] = " + literal(value) + ";");
    }

    @Override
    public JsonNode bridgeShape() {
        Object text = run("window.__mplusTck.bridgeShape()");
        try {
            return JSON.readTree(String.valueOf(text));
        } catch (java.io.IOException e) {
            throw new HarnessError("cannot read the bridge's shape: " + e.getMessage());
        }
    }

    @Override
    public List<PageEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        page.getEnclosingWindow().getJobManager().removeAllJobs();
        page.cleanUp();
    }

}
