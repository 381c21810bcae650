package org.mplus.tck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mplus.tck.harness.chromium.SeleniumGrid;
import org.mplus.tck.spec.ClientVersion;

/**
 * What one run judges, and how.
 *
 * @param bridge        the implementation under test
 * @param engine        the page engine
 * @param timeout       how long a call may take to call back
 * @param imTypes       the vendors the bridge claims; empty: ask its getImType
 * @param calls         the calls the bridge claims; empty: all of them
 * @param clientVersion the host client version the bridge claims; empty: the newest (every call)
 * @param accounts      extra accounts for the mock, in fixture.json's shape (a vendor bridge's credentials)
 * @param grid          the Selenium Grid the Chromium engine opens its sessions on; empty: a local browser
 */
public record RunSettings(
        BridgeSource bridge,
        EngineKind engine,
        Duration timeout,
        Optional<List<Integer>> imTypes,
        Optional<Set<String>> calls,
        Optional<ClientVersion> clientVersion,
        Optional<JsonNode> accounts,
        Optional<SeleniumGrid> grid) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(3000);

    /** With the engine's browser beside the kit. */
    public RunSettings(BridgeSource bridge, EngineKind engine, Duration timeout, Optional<List<Integer>> imTypes,
            Optional<Set<String>> calls, Optional<ClientVersion> clientVersion, Optional<JsonNode> accounts) {
        this(bridge, engine, timeout, imTypes, calls, clientVersion, accounts, Optional.empty());
    }

    /** The embedded default: the reference bridge, on both vendors, in HtmlUnit. */
    public static RunSettings reference() {
        return new RunSettings(new BridgeSource.Reference(), EngineKind.HTMLUNIT, DEFAULT_TIMEOUT,
                Optional.of(List.of(0, 1)), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RunSettings withBridge(BridgeSource b) {
        return new RunSettings(b, engine, timeout, imTypes, calls, clientVersion, accounts, grid);
    }

    public RunSettings withImTypes(List<Integer> types) {
        return new RunSettings(bridge, engine, timeout, Optional.of(List.copyOf(types)), calls, clientVersion,
                accounts, grid);
    }

    public RunSettings withGrid(SeleniumGrid g) {
        return new RunSettings(bridge, engine, timeout, imTypes, calls, clientVersion, accounts, Optional.of(g));
    }

    /** A fresh page engine of the kind these settings name, on their Grid if they give one. */
    public Engine startEngine() {
        return engine.create(grid);
    }
}
