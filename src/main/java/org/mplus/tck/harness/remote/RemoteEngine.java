package org.mplus.tck.harness.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.Engine;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.Traffic;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.mock.MockServer;

/**
 * A page in an app on a device, reached through the runner page it opened: the app's own window.mplus is judged
 * there, its vendor traffic comes to the mock through the kit's proxy. Each scenario gets a fresh copy of the
 * runner (the page loads it again), and the kit works the page through the runner's channel.
 *
 * <p>What only a remote page does is a harness error, never the bridge's failure: the page does not come back from
 * a reload, stops answering, or goes away. The kit then waits for a page to connect again and goes on; after
 * {@value #MAX_LOSSES} losses it stops, and every scenario left gets the harness error that says why.
 */
public final class RemoteEngine implements Engine {

    static final int MAX_LOSSES = 3;
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(30);

    private final MockServer mock;
    private final RunnerChannel channel;
    private final RunnerAddress address;
    private final RunnerLobby lobby;
    /** Past a script's own timeout, how long the kit waits for the page's answer over the network. */
    private final Duration grace;
    private final List<PageEvent> events = new CopyOnWriteArrayList<>();
    private volatile Duration scriptTimeout = Duration.ofSeconds(10);
    private String userAgent = "";
    /** Whether the current page has run nothing of a scenario's yet. */
    private boolean fresh;
    /** Why the page was lost, until one connects again. */
    private Optional<String> lost = Optional.empty();
    private int losses;
    private HarnessError stopped;
    private volatile boolean vendorTrafficSeen;

    RemoteEngine(MockServer mock, RunnerAddress address, RunnerLobby lobby, Duration grace) {
        this.mock = mock;
        this.address = address;
        this.lobby = lobby;
        this.grace = grace;
        URI vendor = mock.vendors().list().get(0).hosts().get(0);
        this.channel = new RunnerChannel(events::add, vendor.toString().replaceAll("/$", "") + RunnerChannel.PROBE
                + address.token().map(t -> "?token=" + t).orElse(""));
        mock.route(RunnerChannel.PREFIX, channel);
    }

    /** For an engine kind that only `run --engine remote` can make. */
    public static Engine unattached() {
        throw new HarnessError("the remote engine judges the page that opens its runner: start it with `mplus-tck run"
                + " --engine remote`, which serves the runner and prints its URL");
    }

    RunnerChannel channel() {
        return channel;
    }

    RunnerAddress address() {
        return address;
    }

    /** Waits for the first page to connect; the lobby says how to open it and counts down. */
    void connect() {
        userAgent = lobby.await(channel, Optional.empty()).userAgent();
        fresh = true;
    }

    @Override
    public String name() {
        return "remote";
    }

    @Override
    public String version() {
        return "remote page: " + userAgent;
    }

    /** The bridge is the app's own, compiled into it: nothing here to parse. */
    @Override
    public void checkParses(String sourceName, String source) {
    }

    @Override
    public synchronized PageSession open(URI page, VendorRoutes routes, boolean injectInstrumentation,
            Duration timeout) {
        if (stopped != null) {
            throw stopped;
        }
        scriptTimeout = timeout;
        if (lost.isPresent()) {
            reconnect();
        }
        if (!fresh) {
            renew();
        }
        fresh = false;
        events.clear();
        return new RemoteSession(this, events);
    }

    /** After a lost page: waits for one to connect again, or stops the run after too many losses. */
    private void reconnect() {
        String why = lost.orElseThrow();
        losses++;
        if (losses >= MAX_LOSSES) {
            stopped = new HarnessError("the kit lost the runner page " + losses + " times (the last: " + why
                    + "); it stops judging: check that the app stays in front with the runner open, and the "
                    + "device's network (docs/devices.md)");
            throw stopped;
        }
        try {
            userAgent = lobby.await(channel, Optional.of(why)).userAgent();
        } catch (HarnessError e) {
            stopped = e;
            throw e;
        }
        lost = Optional.empty();
        fresh = true;
    }

    /** Sends the page to a fresh copy of the runner: a new document, so a clean JavaScript world. */
    private void renew() {
        if (!channel.renew(address.query(), RELOAD_TIMEOUT)) {
            lose("the page did not come back within " + RELOAD_TIMEOUT.toSeconds() + " s after the kit reloaded"
                    + " it (the app crashed, or left the runner)");
            throw new HarnessError(lost.orElseThrow() + "; the kit waits for the runner to be opened again");
        }
    }

    private void lose(String why) {
        lost = Optional.of(why);
        channel.release("the kit lost this page: " + why);
    }

    /** Runs a script of the kit's in the page. */
    Optional<JsonNode> evaluate(String expression) {
        try {
            return channel.evaluate(expression, scriptTimeout.plus(grace));
        } catch (RunnerChannel.PageLost e) {
            synchronized (this) {
                lose(e.getMessage());
            }
            throw new HarnessError("the runner page was lost during the scenario: " + e.getMessage()
                    + "; this scenario is not judged, and the kit waits for the runner to be opened again");
        }
    }

    /** The scenario's page is done: it is reloaded at once, so none of its requests lands in the next scenario. */
    synchronized void leave() {
        if (!mock.vendorRequests().isEmpty()) {
            vendorTrafficSeen = true;
        }
        if (lost.isPresent()) {
            return;
        }
        if (channel.renew(address.query(), RELOAD_TIMEOUT)) {
            fresh = true;
        } else {
            lose("the page did not come back within " + RELOAD_TIMEOUT.toSeconds() + " s after the kit reloaded"
                    + " it (the app crashed, or left the runner)");
        }
    }

    @Override
    public Optional<String> limitation(CallOutcome outcome) {
        return Optional.empty();
    }

    /**
     * A scenario that rests on vendor traffic cannot fail the bridge while no request for a vendor's host has reached
     * the mock in this run, not even the runner's own probe: the device's traffic does not go through the kit's proxy.
     * The probe tells a bridge that sends nothing (which fails) from a device whose traffic never comes (which is not
     * judged); it is waited for only here, when a scenario without requests broke a MUST rule, and only until its
     * grace after the device connected (on a loaded machine it may come after the first scenario).
     */
    @Override
    public Optional<String> vendorTrafficMissing(Traffic scenario) {
        if (vendorTrafficSeen || !scenario.requests().isEmpty() || channel.awaitProbe()) {
            vendorTrafficSeen = true;
            return Optional.empty();
        }
        return Optional.of("no vendor request has reached the kit in this run, nor the runner's probe of a vendor's"
                + " host: the device's traffic to the IM vendors does not go through the kit's proxy, so this @wire"
                + " scenario cannot be judged. Set the device's"
                + " HTTP proxy to " + address.proxy() + " and install the kit's CA from " + address.caCertificate()
                + " (docs/devices.md), or judge the JavaScript contract alone with --tags \"not @wire\"");
    }

    /** The runner owns the page and the mock: the workbenches that use this engine leave both open. */
    @Override
    public void close() {
    }

    /** Lets the page go: it shows that the run is over. */
    java.util.concurrent.CompletableFuture<Void> release(String why) {
        return channel.release(why);
    }
}
