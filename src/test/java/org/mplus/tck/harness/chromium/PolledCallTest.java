package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.chromium.PolledCall.CallState;

/** Chromium's call wait, on records played back in order: each way a call can end, no browser needed. */
class PolledCallTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    /** A record with these callback counts, as the instrumentation keeps it. */
    private static JsonNode record(int success, int fail) {
        var r = JsonNodeFactory.instance.objectNode();
        r.putObject("count").put("success", success).put("fail", fail);
        return r;
    }

    /** The records the page shows at each look, in order; the last one stays. A null is a page gone. */
    private static Supplier<JsonNode> page(JsonNode... looks) {
        Deque<JsonNode> left = new ArrayDeque<>();
        List<JsonNode> all = new ArrayList<>(Arrays.asList(looks));
        all.forEach(r -> left.add(r == null ? JsonNodeFactory.instance.missingNode() : r));
        return () -> {
            JsonNode next = left.size() > 1 ? left.poll() : left.peek();
            return next.isMissingNode() ? null : next;
        };
    }

    private static PolledCall await(Duration timeout, JsonNode... looks) {
        return new PolledCall(new CallWatch(new AtomicInteger(), new ArrayList<>(), timeout), page(looks)).await();
    }

    @Test
    void aCallbackThenTheSettleWindowIsQuietWithTheLaterRecord() {
        JsonNode twice = record(2, 0);
        PolledCall call = await(LONG, record(0, 0), record(0, 0), record(1, 0), twice);
        assertEquals(CallState.QUIET, call.state());
        assertTrue(call.state().quiet);
        assertFalse(call.state().gone);
        assertEquals(twice, call.result(), "a second callback in the settle window is seen");
    }

    @Test
    void noCallbackByTheDeadlineIsStoppedAndNotQuiet() {
        JsonNode silent = record(0, 0);
        PolledCall call = await(Duration.ofMillis(30), silent);
        assertEquals(CallState.STOPPED, call.state());
        assertFalse(call.state().quiet, "a silent call is judged as unanswered in time");
        assertEquals(silent, call.result());
    }

    @Test
    void aPageGoneBeforeCallingBackIsUnanswered() {
        PolledCall call = await(LONG, record(0, 0), null);
        assertEquals(CallState.GONE_UNANSWERED, call.state());
        assertTrue(call.state().gone);
        assertFalse(call.state().quiet);
        assertNull(call.result());
    }

    @Test
    void aPageGoneDuringTheSettleWindowKeepsWhatItAnswered() {
        JsonNode answered = record(0, 1);
        PolledCall call = await(LONG, answered, null);
        assertEquals(CallState.GONE, call.state());
        assertTrue(call.state().gone);
        assertTrue(call.state().quiet);
        assertEquals(answered, call.result());
    }
}
