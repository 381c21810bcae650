package org.mplus.tck.harness;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one mplus call did, as the page saw it: its callbacks in order, what it threw, and what else
 * happened on the page meanwhile.
 *
 * @param call          the mplus function called
 * @param mode          which callbacks the page gave it
 * @param returned      whether the call returned (false: it threw, or the page went away)
 * @param thrown        the error the call threw, if any
 * @param successCount  how many times success was called (counted past the recorded ones)
 * @param failCount     how many times fail was called
 * @param callbacks     the first callbacks, in order
 * @param settled       true when the page went quiet (nothing pending) before the timeout
 * @param elapsedMs     how long until the call was over (HtmlUnit may still wait on for the answer to a request
 *                      the page sent before, without taking what it brings as the call's)
 * @param stalledMs     how much of that the kit's own machine was stalled ({@link StallMeter}): the kit waited
 *                      that much longer
 * @param events        page errors, dialogs and navigation during the call
 * @param consulted     the kit's test hooks the bridge read during the call (window.mplusTckUser)
 */
public record CallOutcome(
        String call,
        CallbackMode mode,
        boolean returned,
        Optional<String> thrown,
        int successCount,
        int failCount,
        List<CallbackRecord> callbacks,
        boolean settled,
        long elapsedMs,
        long stalledMs,
        List<PageEvent> events,
        List<String> consulted) {

    public CallOutcome {
        callbacks = List.copyOf(callbacks);
        events = List.copyOf(events);
        consulted = List.copyOf(consulted);
    }

    /** The same outcome, knowing how long the kit's machine stalled while it waited. */
    public CallOutcome withStalls(long ms) {
        return new CallOutcome(call, mode, returned, thrown, successCount, failCount, callbacks, settled, elapsedMs, ms,
                events, consulted);
    }

    /** Whether the kit stopped waiting because its clock ran out, rather than because the bridge answered. */
    public boolean waitedOutTheClock() {
        return callbackCount() == 0 && !settled;
    }

    public int callbackCount() {
        return successCount + failCount;
    }

    /** The only callback, when there was exactly one. */
    public Optional<CallbackRecord> single() {
        return callbackCount() == 1 && callbacks.size() == 1 ? Optional.of(callbacks.get(0)) : Optional.empty();
    }

    public Optional<CallbackRecord> first() {
        return callbacks.isEmpty() ? Optional.empty() : Optional.of(callbacks.get(0));
    }

    public List<PageEvent> errors() {
        return events.stream()
                .filter(e -> e.kind() == PageEvent.Kind.SCRIPT_ERROR || e.kind() == PageEvent.Kind.SCRIPT_TIMEOUT)
                .toList();
    }

    /** What the page saw, in one paragraph for failure messages. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (callbacks.isEmpty()) {
            s.append("no callback");
            s.append(settled ? " (the page went quiet)" : " within " + elapsedMs + " ms"
                    + (stalledMs > 0 ? " (" + stalledMs + " ms of which the kit's own machine stalled)" : ""));
        } else {
            s.append(callbacks.stream().map(CallbackRecord::describe).collect(Collectors.joining("; then ")));
            int unrecorded = callbackCount() - callbacks.size();
            if (unrecorded > 0) {
                s.append("; and ").append(unrecorded).append(" more");
            }
        }
        thrown.ifPresent(t -> s.append("; the call threw ").append(t));
        if (!events.isEmpty()) {
            s.append("; on the page: ").append(events.stream().map(PageEvent::toString)
                    .collect(Collectors.joining("; ")));
        }
        return s.toString();
    }
}
