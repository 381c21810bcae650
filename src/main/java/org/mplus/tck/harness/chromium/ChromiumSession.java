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
 * One Chromium page carrying the bridge under test.
 *
 * <p>Unlike HtmlUnit, Chromium cannot say that nothing is pending (no job count), so a call waits for its first
 * callback or the timeout, then a settle window to catch a second callback. A bridge that never calls back costs
 * the full timeout here, and is TIMEOUT rather than "went quiet"; so is every call whose callbacks the kit cannot
 * see (no callbacks given), which is also what lets its vendor requests land before the kit reads the mock.
 */
final class ChromiumSession implements PageSession {

    /** After the first callback, how long the kit still watches for a second one. */
    private static final long SETTLE_MS = 100;
    /** How often the kit reads the page's record while it waits. */
    private static final long POLL_MS = 5;

    private final ChromiumEngine engine;
    private final PageRuntime runtime;
    private final List<PageEvent> events;
    private final AtomicInteger ids = new AtomicInteger();

    ChromiumSession(ChromiumEngine engine, PageRuntime runtime, List<PageEvent> events, URI page) {
        this.engine = engine;
        this.runtime = runtime;
        this.events = events;
        if (!"object".equals(runtime.evaluate(Instrumentation.PRESENT).orElse(null))) {
            throw new HarnessError("the kit's instrumentation did not load in " + page + " (page events: "
                    + events + ")");
        }
    }

    @Override
    public CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout) {
        CallWatch watch = new CallWatch(ids, events, timeout);
        PolledCall call = new PolledCall(watch.id(), watch);
        runtime.evaluate(Instrumentation.callScript(call.id, name, options, mode));
        call.look(); // also when the call was stopped: its record says it never returned
        while (!call.state.over) {
            call.next();
        }
        List<PageEvent> during = watch.eventsSince();
        if (call.state.gone) {
            during.add(new PageEvent(PageEvent.Kind.NAVIGATION, "the page navigated away to " + engine.currentUrl()));
        }
        return Instrumentation.outcome(name, mode, call.result, call.state.quiet, watch.elapsedMs(), during);
    }

    /** Where a call stands while the kit polls the page for it: HtmlUnitSession's states, as Chromium sees them. */
    enum CallState {
        /** Called; polling for its first callback. */
        CALLING(false, false, false),
        /** Called back; waiting out the settle window, to catch a second callback. */
        SETTLING(false, false, false),
        /** The settle window closed: as quiet as the kit can tell, since Chromium cannot count pending work. */
        QUIET(true, true, false),
        /** The timeout passed with no callback. */
        STOPPED(true, false, false),
        /** The page navigated away after calling back: what it answered stands, and nothing more can come. */
        GONE(true, true, true),
        /** The page navigated away before calling back: no answer in time, as when the timeout passes. */
        GONE_UNANSWERED(true, false, true);

        final boolean over;
        final boolean quiet;
        final boolean gone;

        CallState(boolean over, boolean quiet, boolean gone) {
            this.over = over;
            this.quiet = quiet;
            this.gone = gone;
        }
    }

    /** One call's wait: looks at the call's record every {@value #POLL_MS} ms, then once after the settle window. */
    private final class PolledCall {

        final String id;
        final CallWatch watch;
        CallState state = CallState.CALLING;
        JsonNode result;

        PolledCall(String id, CallWatch watch) {
            this.id = id;
            this.watch = watch;
        }

        /** Reads the call's record: its first callback starts the settle window. */
        void look() {
            result = read(id);
            if (result == null) {
                state = CallState.GONE_UNANSWERED;
            } else if (Instrumentation.callbacks(result) > 0) {
                state = CallState.SETTLING;
            }
        }

        /** One step of the wait, from a state that is not over. */
        void next() {
            if (state == CallState.CALLING) {
                if (watch.pastDeadline()) {
                    state = CallState.STOPPED;
                } else {
                    sleep(POLL_MS);
                    look();
                }
                return;
            }
            sleep(SETTLE_MS);
            JsonNode later = read(id);
            if (later == null) {
                state = CallState.GONE;
            } else {
                result = later;
                state = CallState.QUIET;
            }
        }
    }

    private JsonNode read(String id) {
        return Instrumentation.record(id, runtime.evaluate(Instrumentation.resultScript(id)).orElse(null));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while waiting for a callback");
        }
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
        engine.leave();
    }
}
