package org.mplus.tck.harness;

import java.net.URI;
import java.time.Duration;

/**
 * A page engine: loads pages that carry the bridge under test and the kit's instrumentation. One engine
 * serves one worker thread; each scenario opens a fresh page.
 */
public interface Engine extends AutoCloseable {

    /** htmlunit, chromium or remote. */
    String name();

    /** The engine and its version, for reports: "HtmlUnit 5.7.0 (Chrome profile)". */
    String version();

    /**
     * Checks that the engine can parse a script; the kit calls it once per run on the bridge's source.
     *
     * @throws HarnessError naming the line and what the engine could not parse, with advice
     */
    void checkParses(String sourceName, String source);

    /**
     * Opens a fresh page; requests to vendor hosts go where {@code routes} says.
     *
     * @param injectInstrumentation true for a bridge's own page, which does not load instrument.js itself
     */
    PageSession open(URI page, VendorRoutes routes, boolean injectInstrumentation, Duration scriptTimeout);

    /**
     * Whether a call's outcome shows the engine's own limits rather than the bridge's behaviour (HtmlUnit has no
     * fetch): then the kit cannot judge it here, and says which engine can.
     */
    java.util.Optional<String> limitation(CallOutcome outcome);

    /**
     * Why a failure of a scenario that rests on vendor traffic (@wire) would show where the engine's pages send
     * their traffic rather than the bridge: empty when vendor traffic reaches the mock from this engine.
     *
     * @param scenario what the mock received during the scenario
     */
    default java.util.Optional<String> vendorTrafficMissing(Traffic scenario) {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
