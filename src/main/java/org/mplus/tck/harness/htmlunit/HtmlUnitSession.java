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
    /** The longest the kit waits without a look at the clock: the timeout and the settle window end on time. */
    private static final long MAX_IDLE_MS = 10;
    /**
     * How long closing waits for the page's requests still on their way to the mock (ones it gave up on too): the
     * slowest answer the suite plays is a latency of twice the timeout, and the next scenario resets the mock.
     */
    private static final Duration LATE_EXCHANGES = Duration.ofSeconds(15);

    private final WebClient client;
    private final RoutingConnection network;
    private final HtmlPage page;
    private final List<PageEvent> events;
    private final AtomicInteger ids = new AtomicInteger();

    HtmlUnitSession(WebClient client, RoutingConnection network, HtmlPage page, List<PageEvent> events) {
        this.client = client;
        this.network = network;
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
        PendingCall pending = new PendingCall(watch.id(), watch);
        if (run(Instrumentation.callScript(pending.id, name, options, mode)) == null) {
            pending.pageGone();
        } else {
            pending.look();
        }
        network.runWhileWaiting(pending);
        try {
            while (!pending.state.over) {
                if (!pending.turnOnce()) {
                    CallWatch.pause(pending.msUntilDue());
                }
            }
        } finally {
            network.runWhileWaiting(null);
        }
        List<PageEvent> during = watch.eventsSince();
        if (!isCurrent()) {
            during.add(new PageEvent(PageEvent.Kind.NAVIGATION,
                    "the page navigated away to " + client.getCurrentWindow().getEnclosedPage().getUrl()));
        }
        return Instrumentation.outcome(name, mode, pending.result, pending.state.quiet, pending.endedMs, during);
    }

    /** Where a call stands while the kit runs the page's event loop for it. */
    enum CallState {
        /** Called; waiting for its first callback. */
        CALLING(false, false),
        /** Called back; running what falls due within the settle window, to catch a second callback. */
        SETTLING(false, false),
        /** Nothing left on the page that could call back: every verdict about it is final. */
        QUIET(true, true),
        /** Over with work still pending: the timeout passed, or the settle window closed. */
        STOPPED(true, false),
        /** The page navigated away: nothing it started can call back any more. */
        GONE(true, true);

        final boolean over;
        final boolean quiet;

        CallState(boolean over, boolean quiet) {
            this.over = over;
            this.quiet = quiet;
        }
    }

    /**
     * One call's wait: turns of the page's event loop, each running at most one due timer or request, then a look
     * at the call's record. The turns run from the call's loop and, nested, from inside a request that waits for
     * its answer (a browser runs timers meanwhile); the call's result is fixed when its state is over. A request
     * the call ended in (its timeout passed while the request waited) still waits for its answer, so that the mock
     * has seen the whole exchange, and its handlers then run: what they do comes after the call's end, as in
     * Chromium, where the kit stops waiting at the deadline.
     */
    private final class PendingCall implements RoutingConnection.EventLoop {

        final String id;
        final CallWatch watch;
        CallState state = CallState.CALLING;
        JsonNode result;
        long settleUntil;
        /** When the state came to be over, from the call. */
        long endedMs;

        PendingCall(String id, CallWatch watch) {
            this.id = id;
            this.watch = watch;
        }

        @Override
        public boolean turn() {
            turnOnce();
            return !state.over;
        }

        /**
         * Runs the earliest due job, if any; true when one ran. Only a job can change the page, so the call's
         * record is read again only then; time alone can still end the call (its timeout, the settle window).
         */
        boolean turnOnce() {
            if (state.over) {
                return false;
            }
            boolean ran = runDueJob();
            if (state.over) {
                return ran; // ended by a turn inside the job: its result is the one it had then
            }
            if (ran) {
                look();
            } else {
                judgeTime();
            }
            return ran;
        }

        void pageGone() {
            end(CallState.GONE);
        }

        private void end(CallState over) {
            state = over;
            endedMs = watch.elapsedMs();
        }

        void look() {
            JsonNode now = read(id);
            if (now == null) {
                pageGone();
                return;
            }
            result = now;
            if (state == CallState.CALLING && Instrumentation.callbacks(result) > 0) {
                state = CallState.SETTLING;
                settleUntil = System.currentTimeMillis() + SETTLE_MS;
            }
            judgeTime();
        }

        private void judgeTime() {
            if (jobs().idle()) {
                end(CallState.QUIET);
            } else if (state == CallState.CALLING && watch.pastDeadline()) {
                end(CallState.STOPPED);
            } else if (state == CallState.SETTLING && nothingDueWithinWindow()) {
                end(CallState.STOPPED);
            }
        }

        /** The settle window is over, or the next job falls after it with no request in flight. */
        private boolean nothingDueWithinWindow() {
            if (System.currentTimeMillis() > settleUntil) {
                return true;
            }
            JavaScriptJob next = jobs().getEarliestJob();
            return jobs().currentRequest() == null && (next == null || next.getTargetExecutionTime() > settleUntil);
        }

        /** How long nothing can happen on the page: until its next job is due, at most {@value #MAX_IDLE_MS} ms. */
        @Override
        public long msUntilDue() {
            JavaScriptJob next = jobs().getEarliestJob();
            long wait = next == null ? MAX_IDLE_MS : next.getTargetExecutionTime() - System.currentTimeMillis();
            return Math.max(1, Math.min(MAX_IDLE_MS, wait));
        }
    }

    private PageJobs jobs() {
        return (PageJobs) page.getEnclosingWindow().getJobManager();
    }

    /** Runs the page's earliest timer or network job if it is due (nothing else runs them: see SessionDrivenJavaScript). */
    private boolean runDueJob() {
        JavaScriptJob next = jobs().getEarliestJob();
        return next != null && next.getTargetExecutionTime() <= System.currentTimeMillis()
                && jobs().runSingleJob(next);
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
        network.awaitExchanges(LATE_EXCHANGES);
        page.cleanUp();
    }

}
