package org.mplus.tck.harness.chromium;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.JsonNode;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.Instrumentation;

/**
 * One call's wait in Chromium, with HtmlUnitSession's states: the kit looks at the call's record and at the work
 * the page counts (page-work.js) whenever the page sends news (a callback, out of work) or time alone could end the
 * call, and at the latest every {@value #MAX_IDLE_MS} ms. The remote engine waits for a call the same way, with no
 * count of the page's work.
 */
public final class PolledCall {

    /** After the first callback, how long the kit still watches for a second one (by default). */
    static final long SETTLE_MS = 100;
    /** The longest the kit goes without a look at a page in Chromium: news is pushed, this only bounds a missed one. */
    static final long MAX_IDLE_MS = 20;
    /**
     * How long a page must stay out of work, with no callback, to be judged quiet: the count sees timers and
     * requests, and this lets what it cannot see (a message posted to the page, say) run first.
     */
    static final long QUIET_MS = 20;

    /** Where a call stands while the kit waits on the page for it. */
    public enum CallState {
        /** Called; waiting for its first callback. */
        CALLING(false, false, false),
        /** Called back; waiting out the settle window, to catch a second callback. */
        SETTLING(false, false, false),
        /** Nothing left on the page that could call back: every verdict about it is final. */
        QUIET(true, true, false),
        /** Over with work still pending: the timeout passed, or the settle window closed. */
        STOPPED(true, false, false),
        /** The page navigated away after calling back: what it answered stands, and nothing more can come. */
        GONE(true, true, true),
        /** The page navigated away before calling back: no answer in time, as when the timeout passes. */
        GONE_UNANSWERED(true, false, true);

        public final boolean over;
        public final boolean quiet;
        public final boolean gone;

        CallState(boolean over, boolean quiet, boolean gone) {
            this.over = over;
            this.quiet = quiet;
            this.gone = gone;
        }
    }

    private final CallWatch watch;
    /** The call's record and the page's pending work as the page holds them now. */
    private final Supplier<PageLook> page;
    /** Waits up to the given ms, less when the page sends news meanwhile. */
    private final LongConsumer wait;
    /** The longest the kit goes without a look. */
    private final long maxIdleMs;
    private final long settleMs;
    private CallState state = CallState.CALLING;
    private JsonNode result;
    private PageLook last;
    private long settleUntil;
    /** Since when the page has been out of work with no callback; 0 while it has work. */
    private long quietSince;

    public PolledCall(CallWatch watch, Supplier<PageLook> page, LongConsumer wait) {
        this(watch, page, wait, MAX_IDLE_MS);
    }

    /** @param maxIdleMs the longest the kit goes without a look: news ends a wait sooner */
    public PolledCall(CallWatch watch, Supplier<PageLook> page, LongConsumer wait, long maxIdleMs) {
        this(watch, page, wait, maxIdleMs, SETTLE_MS);
    }

    /** @param settleMs how long after the first callback the kit still watches for a second one */
    PolledCall(CallWatch watch, Supplier<PageLook> page, LongConsumer wait, long maxIdleMs, long settleMs) {
        this.watch = watch;
        this.page = page;
        this.wait = wait;
        this.maxIdleMs = maxIdleMs;
        this.settleMs = settleMs;
    }

    /** Waits the call out from its first look (made also when the call was stopped: its record says so). */
    public PolledCall await() {
        look();
        while (!state.over) {
            wait.accept(msUntilDue());
            look();
        }
        return this;
    }

    public CallState state() {
        return state;
    }

    /** The call's last record seen: null when the page went away before the kit could read one. */
    public JsonNode result() {
        return result;
    }

    private void look() {
        last = page.get();
        long now = System.currentTimeMillis();
        if (last.record() == null) {
            if (state == CallState.SETTLING) {
                state = CallState.GONE;
            } else {
                state = CallState.GONE_UNANSWERED;
                result = null;
            }
            return;
        }
        result = last.record();
        if (state == CallState.CALLING && Instrumentation.callbacks(result) > 0) {
            state = CallState.SETTLING;
            settleUntil = now + settleMs;
        }
        quietSince = !last.idle() ? 0 : quietSince == 0 ? now : quietSince;
        if (last.idle() && (state == CallState.SETTLING || now - quietSince >= QUIET_MS)) {
            state = CallState.QUIET;
        } else if (state == CallState.CALLING && watch.pastDeadline()) {
            state = CallState.STOPPED;
        } else if (state == CallState.SETTLING && (now >= settleUntil || !last.busyWithin(settleUntil - now))) {
            state = CallState.STOPPED;
        }
    }

    /**
     * How long nothing but news can end the call: to the end of the quiet wait, the settle window, a timer or the
     * deadline.
     */
    private long msUntilDue() {
        long now = System.currentTimeMillis();
        long wait = maxIdleMs;
        if (state == CallState.CALLING) {
            wait = Math.min(wait, watch.msToDeadline() + 1);
        }
        if (quietSince != 0) {
            wait = Math.min(wait, quietSince + QUIET_MS - now);
        }
        if (state == CallState.SETTLING) {
            wait = Math.min(wait, settleUntil - now);
            if (last.nextTimerMs() >= 0) {
                wait = Math.min(wait, last.nextTimerMs() + 1);
            }
        }
        return Math.max(1, wait);
    }
}
