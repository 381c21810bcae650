package org.mplus.tck.harness.htmlunit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.background.JavaScriptJob;
import org.htmlunit.javascript.background.JavaScriptJobManager;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Instrumentation;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;

/** One HtmlUnit page carrying the bridge under test. */
final class HtmlUnitSession implements PageSession {

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
        Object present = page.executeJavaScript(Instrumentation.PRESENT).getJavaScriptResult();
        if (!"object".equals(String.valueOf(present))) {
            throw new HarnessError("the kit's instrumentation did not load in " + page.getUrl()
                    + " (page events: " + events + ")");
        }
    }

    @Override
    public CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout) {
        CallWatch watch = new CallWatch(ids, events, timeout);
        String id = watch.id();
        boolean onPage = run(Instrumentation.callScript(id, name, options, mode)) != null;
        JsonNode result = onPage ? read(id) : null;
        boolean settled = false;
        while (onPage && Instrumentation.callbacks(result) == 0) {
            boolean ran = runDueJob();
            result = read(id);
            if (result == null) {
                onPage = false;
            } else if (Instrumentation.callbacks(result) == 0 && jobs().getJobCount() == 0) {
                settled = true; // nothing left to run: no callback will ever come
                break;
            } else if (watch.pastDeadline()) {
                break;
            } else if (!ran && Instrumentation.callbacks(result) == 0) {
                pause();
            }
        }
        if (onPage && Instrumentation.callbacks(result) > 0) {
            settled = runJobsDueWithin(SETTLE_MS);
            JsonNode later = read(id);
            result = later == null ? result : later;
        }
        if (!onPage) {
            settled = true; // the page is gone: nothing it started can call back any more
        }
        List<PageEvent> during = watch.eventsSince();
        if (!isCurrent()) {
            during.add(new PageEvent(PageEvent.Kind.NAVIGATION,
                    "the page navigated away to " + client.getCurrentWindow().getEnclosedPage().getUrl()));
        }
        return Instrumentation.outcome(name, mode, result, settled, watch.elapsedMs(), during);
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
        return Instrumentation.record(id, run(Instrumentation.resultScript(id)));
    }

    @Override
    public void setGlobal(String name, JsonNode value) {
        run(Instrumentation.setGlobalScript(name, value));
    }

    @Override
    public JsonNode bridgeShape() {
        return Instrumentation.shape(run(Instrumentation.BRIDGE_SHAPE));
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
