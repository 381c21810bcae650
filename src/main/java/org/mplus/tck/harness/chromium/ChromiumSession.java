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
        runtime.evaluate(Instrumentation.callScript(watch.id(), name, options, mode));
        PolledCall call = new PolledCall(watch, () -> read(watch.id())).await();
        List<PageEvent> during = watch.eventsSince();
        if (call.state().gone) {
            during.add(new PageEvent(PageEvent.Kind.NAVIGATION, "the page navigated away to " + engine.currentUrl()));
        }
        return Instrumentation.outcome(name, mode, call.result(), call.state().quiet, watch.elapsedMs(), during);
    }

    private JsonNode read(String id) {
        return Instrumentation.record(id, runtime.evaluate(Instrumentation.resultScript(id)).orElse(null));
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
