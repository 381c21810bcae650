package org.mplus.tck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;

/** One loaded page with the bridge under test in it. */
public interface PageSession extends AutoCloseable {

    /**
     * Calls window.mplus[name] as a page would and waits until it calls back, the page goes quiet, or
     * {@code timeout} passes.
     *
     * @param options the data options (imaccount, message, …), or null for an empty options object
     */
    CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout);

    /**
     * Offers a test hook: sets window[name] to a JSON value, e.g. the simulated user's choices
     * (window.mplusTckUser), and counts the bridge's reads of it, which each call's outcome reports.
     */
    void setGlobal(String name, JsonNode value);

    /**
     * Whether window.mplus exists, which functions it has and the type of each member, as JSON:
     * {"type":…,"functions":[…],"members":{name: type}} ("unreadable" with "error" when reading it throws).
     */
    JsonNode bridgeShape();

    /** Errors, dialogs and navigation since the page loaded. */
    List<PageEvent> events();

    @Override
    void close();
}
