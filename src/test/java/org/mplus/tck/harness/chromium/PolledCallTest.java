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

/** Chromium's call wait, on looks at the page played back in order: each way a call can end, no browser needed. */
class PolledCallTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final PageLook GONE = new PageLook(null, -1, -1, -1);

    /** A record with these callback counts, as the instrumentation keeps it. */
    private static JsonNode record(int success, int fail) {
        var r = JsonNodeFactory.instance.objectNode();
        r.putObject("count").put("success", success).put("fail", fail);
        return r;
    }

    private static PageLook busy(JsonNode record) {
        return new PageLook(record, 1, 1, 0);
    }

    private static PageLook idle(JsonNode record) {
        return new PageLook(record, 0, 0, -1);
    }

    /** The looks the page gives, in order; the last one stays. */
    private static Supplier<PageLook> page(PageLook... looks) {
        Deque<PageLook> left = new ArrayDeque<>(Arrays.asList(looks));
        return () -> left.size() > 1 ? left.poll() : left.peek();
    }

    private static PolledCall await(Duration timeout, List<Long> waits, PageLook... looks) {
        return new PolledCall(new CallWatch(new AtomicInteger(), new ArrayList<>(), timeout), page(looks), ms -> {
            waits.add(ms);
            CallWatch.pause(ms);
        }).await();
    }

    private static PolledCall await(Duration timeout, PageLook... looks) {
        return await(timeout, new ArrayList<>(), looks);
    }

    @Test
    void aWaitBoundedLongerThanTheTimeoutStillEndsTheCallAtItsDeadline() {
        List<Long> waits = new ArrayList<>();
        PolledCall call = new PolledCall(new CallWatch(new AtomicInteger(), new ArrayList<>(), Duration.ofMillis(300)),
                page(PageLook.recordOnly(record(0, 0))), ms -> {
                    waits.add(ms);
                    CallWatch.pause(ms);
                }, 10_000).await();
        assertEquals(CallState.STOPPED, call.state());
        assertTrue(waits.stream().allMatch(ms -> ms <= 301), "no wait goes past the deadline: " + waits);
    }

    @Test
    void aCallbackOnAPageOutOfWorkIsQuietAtOnce() {
        List<Long> waits = new ArrayList<>();
        JsonNode answered = record(1, 0);
        PolledCall call = await(LONG, waits, busy(record(0, 0)), idle(answered));
        assertEquals(CallState.QUIET, call.state());
        assertEquals(answered, call.result());
        assertEquals(1, waits.size(), "one wait, for news, then no settle window: " + waits);
    }

    @Test
    void aSecondCallbackWhileWorkIsPendingIsSeen() {
        JsonNode twice = record(1, 1);
        PolledCall call = await(LONG, busy(record(1, 0)), busy(record(1, 0)), idle(twice));
        assertEquals(CallState.QUIET, call.state());
        assertEquals(twice, call.result(), "a second callback in the settle window is seen");
    }

    @Test
    void theSettleWindowClosesWithWorkPendingAsStopped() {
        // the window is timed on the wall clock, in whole ms: measured on another clock it may look 1 ms short
        long start = System.currentTimeMillis();
        PolledCall call = await(LONG, busy(record(1, 0)));
        assertEquals(CallState.STOPPED, call.state());
        assertFalse(call.state().quiet);
        assertTrue(System.currentTimeMillis() - start >= PolledCall.SETTLE_MS, "the window was waited out");
    }

    @Test
    void aCallbackWithOnlyALaterTimerPendingEndsWithoutTheWindow() {
        List<Long> waits = new ArrayList<>();
        PolledCall call = await(LONG, waits, new PageLook(record(1, 0), 1, 0, 2000));
        assertEquals(CallState.STOPPED, call.state(), "nothing can call back within the window");
        assertEquals(List.of(), waits);
    }

    @Test
    void aPageOutOfWorkWithNoCallbackIsQuietOnceItStaysSo() {
        List<Long> waits = new ArrayList<>();
        JsonNode silent = record(0, 0);
        PolledCall call = await(LONG, waits, idle(silent));
        assertEquals(CallState.QUIET, call.state());
        assertTrue(call.state().quiet, "a silent bridge is judged at once, as on HtmlUnit");
        assertTrue(waits.stream().mapToLong(Long::longValue).sum() >= PolledCall.QUIET_MS - 1, "waited " + waits);
    }

    @Test
    void workThatComesBackRestartsTheQuietWait() {
        JsonNode answered = record(0, 1);
        PolledCall call = await(LONG, idle(record(0, 0)), busy(record(0, 0)), busy(answered), idle(answered));
        assertEquals(CallState.QUIET, call.state());
        assertEquals(answered, call.result(), "the quiet wait did not end before the work that came back");
    }

    @Test
    void noCallbackByTheDeadlineWithWorkPendingIsStoppedAndNotQuiet() {
        JsonNode silent = record(0, 0);
        PolledCall call = await(Duration.ofMillis(30), busy(silent));
        assertEquals(CallState.STOPPED, call.state());
        assertFalse(call.state().quiet, "a call still at work is judged as unanswered in time");
        assertEquals(silent, call.result());
    }

    @Test
    void aPageWithoutACountIsNeverQuietAndWaitsTheTimeout() {
        PolledCall call = await(Duration.ofMillis(30), new PageLook(record(0, 0), -1, -1, -1));
        assertEquals(CallState.STOPPED, call.state());
    }

    @Test
    void aPageGoneBeforeCallingBackIsUnanswered() {
        PolledCall call = await(LONG, busy(record(0, 0)), GONE);
        assertEquals(CallState.GONE_UNANSWERED, call.state());
        assertTrue(call.state().gone);
        assertFalse(call.state().quiet);
        assertNull(call.result());
    }

    @Test
    void aPageGoneDuringTheSettleWindowKeepsWhatItAnswered() {
        JsonNode answered = record(0, 1);
        PolledCall call = await(LONG, busy(answered), GONE);
        assertEquals(CallState.GONE, call.state());
        assertTrue(call.state().gone);
        assertTrue(call.state().quiet);
        assertEquals(answered, call.result());
    }
}
