package org.mplus.tck.harness.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Instrumentation;
import org.mplus.tck.harness.News;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.chromium.PageLook;
import org.mplus.tck.harness.chromium.PolledCall;

/**
 * One fresh runner page on the device, carrying the app's bridge. A call is waited for as in Chromium (first
 * callback or the timeout, then a settle window), reading the call's record through the runner's channel.
 */
final class RemoteSession implements PageSession {

    /** The longest the kit goes without a look: the page tells of each callback, this bounds a news that is lost. */
    static final long MAX_IDLE_MS = 200;

    private final RemoteEngine engine;
    private final List<PageEvent> events;
    private final AtomicInteger ids = new AtomicInteger();

    RemoteSession(RemoteEngine engine, List<PageEvent> events) {
        this.engine = engine;
        this.events = events;
        String present = engine.evaluate(Instrumentation.PRESENT).map(JsonNode::asText).orElse("");
        if (!"object".equals(present)) {
            throw new HarnessError("the kit's instrumentation did not load in the runner page (typeof "
                    + "window.__mplusTck is " + present + "; page events: " + events + ")");
        }
    }

    @Override
    public CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout) {
        CallWatch watch = new CallWatch(ids, events, timeout);
        News news = engine.channel().news();
        long[] mark = {news.mark()};
        engine.evaluate(Instrumentation.callScript(watch.id(), name, options, mode));
        PolledCall call = new PolledCall(watch, () -> {
            mark[0] = news.mark();
            return PageLook.recordOnly(Instrumentation.record(watch.id(),
                    engine.evaluate(Instrumentation.resultScript(watch.id())).map(JsonNode::asText).orElse(null)));
        }, ms -> news.awaitSince(mark[0], ms), MAX_IDLE_MS).await();
        return Instrumentation.outcome(name, mode, call.result(), call.state().quiet, watch.elapsedMs(),
                watch.eventsSince());
    }

    @Override
    public void setGlobal(String name, JsonNode value) {
        engine.evaluate(Instrumentation.setGlobalScript(name, value));
    }

    @Override
    public JsonNode bridgeShape() {
        return Instrumentation.shape(engine.evaluate(Instrumentation.BRIDGE_SHAPE).map(JsonNode::asText).orElse(null));
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
