package org.mplus.tck.harness.remote;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplus.tck.harness.BridgePage;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Instrumentation;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.MockStartException;
import org.mplus.tck.mock.MockVendors;
import org.mplus.tck.mock.proxy.VendorProxy;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.KitResources;

/**
 * A run's remote engine and what it serves, for the whole run: the mock (the vendors' proxy too), the runner page a
 * device opens inside the app, and the one engine that works that page. Started before the preflight, so that the
 * device connects once, and closed when the run is over.
 */
public final class RemoteRunner implements AutoCloseable {

    private static final long CERTIFICATES_SECONDS = 60;
    /**
     * How long the kit waits for a page to say it heard its stop before it closes the mock: a page that is there says
     * so at once, so only a page that has gone without a word costs the whole wait.
     */
    private static final long FAREWELL_MS = 5000;

    private final MockServer mock;
    private final RemoteEngine engine;

    private RemoteRunner(MockServer mock, RemoteEngine engine) {
        this.mock = mock;
        this.engine = engine;
    }

    /**
     * Starts the mock with its proxy, says where to open the runner (URL and QR code), and waits for a page of an app
     * to connect.
     *
     * @throws HarnessError when the mock cannot start, no page connects in time, or the page is not in an app
     */
    public static RemoteRunner start(RemoteOptions options, Catalog catalog, PrintStream out, boolean interactive) {
        MockServer mock;
        try {
            mock = MockServer.start(MockOptions.defaults().withVendors(MockVendors.of(catalog.vendors()))
                    .withBind(options.bind()).withPort(options.port()).withProxy(options.caKeystore()));
        } catch (MockStartException e) {
            throw new HarnessError("cannot start the remote engine's mock: " + e.getMessage(), e);
        }
        try {
            VendorProxy proxy = mock.proxy().orElseThrow();
            RunnerAddress address = RunnerAddress.of(mock, options.advertise());
            mock.serveFile(BridgePage.INSTRUMENTATION, "application/javascript; charset=utf-8",
                    KitResources.read(Instrumentation.RESOURCE));
            RemoteEngine engine = new RemoteEngine(mock, address,
                    new RunnerLobby(out, interactive, options.connectTimeout(), address), options.answerGrace());
            announce(out, address, proxy);
            awaitCertificates(proxy);
            engine.connect();
            return new RemoteRunner(mock, engine);
        } catch (RuntimeException e) {
            mock.close();
            throw e;
        }
    }

    private static void announce(PrintStream out, RunnerAddress address, VendorProxy proxy) {
        out.println("remote engine: open the runner inside the app whose bridge is judged (or scan the code):");
        out.println("  runner            " + address.runner());
        out.print(TerminalQr.draw(address.runner()));
        out.println("  device proxy      " + address.proxy() + "  (the device's HTTP proxy: the app's vendor traffic"
                + " comes to the kit)");
        out.println("  kit CA            " + address.caCertificate() + "  (install and trust it on the device; kept in "
                + proxy.ca().keystore() + ")");
        out.println("  step by step      docs/devices.md");
    }

    /** The vendors' certificates are made before the app's first request: a bridge's own deadline may be short. */
    private static void awaitCertificates(VendorProxy proxy) {
        try {
            proxy.certificatesMade().get(CERTIFICATES_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the first request for a host makes its certificate instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while the proxy made its certificates", e);
        }
    }

    public MockServer mock() {
        return mock;
    }

    public RemoteEngine engine() {
        return engine;
    }

    /** The runner page's URL, as printed. */
    public String runnerUrl() {
        return engine.address().runner();
    }

    /** Waits for the page to say it heard that it is let go, before the mock that tells it stops. */
    static void told(CompletableFuture<Void> stop) {
        try {
            stop.get(FAREWELL_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the page has gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            told(engine.release("the run is over: the reports are in the terminal that started it. You may close"
                    + " this page."));
        } finally {
            mock.close();
        }
    }
}
