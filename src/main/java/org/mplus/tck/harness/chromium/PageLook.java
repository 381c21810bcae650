package org.mplus.tck.harness.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.mplus.tck.harness.Instrumentation;

/**
 * One look at the page while a call is waited out: the call's record and the work page-work.js counts there.
 *
 * @param record      the call's record; null when the page is gone or never made the call
 * @param timers      timers pending; -1 when the page keeps no count
 * @param requests    requests in flight; -1 when the page keeps no count
 * @param nextTimerMs in how many ms the earliest timer is due; -1 for none
 */
public record PageLook(JsonNode record, int timers, int requests, long nextTimerMs) {

    /**
     * Settles once the page's next tasks have run (page-work.js), with the script errors the page has seen by then; 0
     * on a page without the count.
     */
    static final String FLUSH = "window.__mplusTckWork ? window.__mplusTckWork.flush().then(function () {"
            + " return window.__mplusTckWork.errors(); }) : 0";
    /** The longest the kit waits for the DevTools events of errors the page has seen: it bounds a miscount. */
    static final long ERRORS_MS = 2000;

    /** Evaluates to [record, timers, requests, nextTimerMs]; a page without the count gives -1s. */
    static String script(String id) {
        return "window.__mplusTckWork ? window.__mplusTckWork.look(" + '"' + id + '"' + ") : ["
                + Instrumentation.resultScript(id) + ", -1, -1, -1]";
    }

    /** The call's record from a page that keeps no count of its work: only the record or the deadline end the call. */
    public static PageLook recordOnly(JsonNode record) {
        return new PageLook(record, -1, -1, -1);
    }

    /** What the look script gave back (null or anything unexpected: the page is gone). */
    static PageLook of(String id, Object value) {
        if (!(value instanceof List<?> parts) || parts.size() != 4) {
            return new PageLook(null, -1, -1, -1);
        }
        return new PageLook(Instrumentation.record(id, parts.get(0)), number(parts.get(1)), number(parts.get(2)),
                number(parts.get(3)));
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : -1;
    }

    /** Nothing pending that could still call back: HtmlUnit's "no job left". */
    boolean idle() {
        return timers == 0 && requests == 0;
    }

    /** Whether the page could change before {@code ms} from now: a request in flight, or a timer due by then. */
    boolean busyWithin(long ms) {
        return requests != 0 || timers < 0 || (nextTimerMs >= 0 && nextTimerMs <= ms);
    }
}
