package org.mplus.tck.harness.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import org.mplus.tck.harness.CallWatch;
import org.mplus.tck.harness.Instrumentation;

/**
 * One call's wait in Chromium: looks at the call's record every {@value #POLL_MS} ms until its first callback or the
 * timeout, then once more after the settle window. Its states are HtmlUnitSession's, as Chromium can see them. The
 * remote engine waits for a call the same way.
 */
public final class PolledCall {

    /** After the first callback, how long the kit still watches for a second one. */
    static final long SETTLE_MS = 100;
    /** How often the kit reads the page's record while it waits. */
    static final long POLL_MS = 5;

    /** Where a call stands while the kit polls the page for it. */
    public enum CallState {
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
        public final boolean quiet;
        public final boolean gone;

        CallState(boolean over, boolean quiet, boolean gone) {
            this.over = over;
            this.quiet = quiet;
            this.gone = gone;
        }
    }

    private final CallWatch watch;
    /** The call's record as the page holds it now; null when the page is gone. */
    private final Supplier<JsonNode> record;
    private CallState state = CallState.CALLING;
    private JsonNode result;

    public PolledCall(CallWatch watch, Supplier<JsonNode> record) {
        this.watch = watch;
        this.record = record;
    }

    /** Waits the call out from its first look (made also when the call was stopped: its record says so). */
    public PolledCall await() {
        look();
        while (!state.over) {
            next();
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

    /** Reads the call's record: its first callback starts the settle window. */
    private void look() {
        result = record.get();
        if (result == null) {
            state = CallState.GONE_UNANSWERED;
        } else if (Instrumentation.callbacks(result) > 0) {
            state = CallState.SETTLING;
        }
    }

    /** One step of the wait, from a state that is not over. */
    private void next() {
        if (state == CallState.CALLING) {
            if (watch.pastDeadline()) {
                state = CallState.STOPPED;
            } else {
                CallWatch.pause(POLL_MS);
                look();
            }
            return;
        }
        CallWatch.pause(SETTLE_MS);
        JsonNode later = record.get();
        if (later == null) {
            state = CallState.GONE;
        } else {
            result = later;
            state = CallState.QUIET;
        }
    }
}
