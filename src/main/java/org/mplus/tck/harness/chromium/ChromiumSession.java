package org.mplus.tck.harness.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Instrumentation;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;

/**
 * One Chromium page carrying the bridge under test. A call is waited out as HtmlUnit's is (PolledCall), on the
 * page's own count of its pending timers and requests (page-work.js): a page out of work is quiet at once, a
 * call whose callbacks the kit cannot see ends when its requests have landed, a silent bridge is judged quiet.
 */
final class ChromiumSession implements PageSession {

    private final ChromiumEngine engine;
    private final PageRuntime runtime;
    private final PageNews news;
    private final List<PageEvent> events;
    private final AtomicInteger ids = new AtomicInteger();
    private final URI page;

    ChromiumSession(ChromiumEngine engine, PageRuntime runtime, PageNews news, List<PageEvent> events, URI page) {
        this.engine = engine;
        this.runtime = runtime;
        this.news = news;
        this.events = events;
        this.page = page;
        if (!"object".equals(runtime.evaluate(Instrumentation.PRESENT).orElse(null))) {
            throw new HarnessError("the kit's instrumentation did not load in " + page + " (page events: "
                    + events + ")");
        }
    }

    @Override
    public CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout) {
        CallWatch watch = new CallWatch(ids, events, timeout);
        runtime.evaluate(Instrumentation.callScript(watch.id(), name, options, mode));
        long[] mark = {news.mark()};
        PolledCall call = new PolledCall(watch, () -> {
            mark[0] = news.mark();
            return PageLook.of(watch.id(), runtime.evaluate(PageLook.script(watch.id())).orElse(null));
        }, ms -> news.awaitSince(mark[0], ms), PolledCall.MAX_IDLE_MS, engine.settleMs()).await();
        if (call.state() == PolledCall.CallState.QUIET) {
            // Ended before any window: let what the page's last tasks report (errors) reach the kit first. A dialog
            // needs no wait: the page waits for the kit to dismiss it, which it does once it has recorded it.
            awaitErrorEvents(runtime.await(PageLook.FLUSH).filter(Number.class::isInstance)
                    .map(n -> ((Number) n).longValue()).orElse(0L));
        }
        List<PageEvent> during = watch.eventsSince();
        if (call.state().gone) {
            during.add(new PageEvent(PageEvent.Kind.NAVIGATION,
                    "the page navigated away to " + engine.urlAfterLeaving(page)));
        }
        return Instrumentation.outcome(name, mode, call.result(), call.state().quiet, watch.elapsedMs(), during);
    }

    /**
     * Waits until every script error the page has counted has reached the kit as a DevTools event: DevTools hands
     * events to listeners on threads of their own, so one can lag the page's answers (under load by more than 10 ms),
     * and a lost one would change the verdict.
     */
    private void awaitErrorEvents(long seen) {
        long until = System.currentTimeMillis() + PageLook.ERRORS_MS;
        while (errorEvents() < seen && System.currentTimeMillis() < until) {
            CallWatch.pause(1);
        }
    }

    private long errorEvents() {
        return events.stream().filter(e -> e.kind() == PageEvent.Kind.SCRIPT_ERROR).count();
    }

    @Override
    public void setGlobal(String name, JsonNode value) {
        runtime.evaluate(Instrumentation.setGlobalScript(name, value));
    }

    @Override
    public JsonNode bridgeShape() {
        return Instrumentation.shape(runtime.evaluate(Instrumentation.BRIDGE_SHAPE).orElse(null));
    }

    @Override
    public List<PageEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        engine.leave(page);
    }
}
