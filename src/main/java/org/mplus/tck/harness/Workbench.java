package org.mplus.tck.harness;

import java.net.URI;
import java.time.Duration;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.MockVendors;
import org.mplus.tck.mock.PageVisits;
import org.mplus.tck.spec.Catalog;

/**
 * One worker's tools: its own vendor mock and page engine, so that scenarios on parallel workers never see
 * each other's traffic, faults or vendor setting.
 */
public final class Workbench implements AutoCloseable {

    private final RunSettings settings;
    private final MockServer mock;
    private final Engine engine;
    private final BridgePage page;
    private final VendorRoutes routes;

    private Workbench(RunSettings settings, MockServer mock, Engine engine) {
        this.settings = settings;
        this.mock = mock;
        this.engine = engine;
        this.page = BridgePage.serve(mock, settings.bridge(),
                settings.grid().map(g -> g.mockUrl(mock.port())).orElse(mock.baseUrl()));
        this.routes = VendorRoutes.to(java.net.URI.create(mock.baseUrl()), mock.vendors().list());
    }

    /** On the shipped catalog's vendors. */
    public static Workbench start(RunSettings settings) {
        return start(settings, Catalog.standard());
    }

    /**
     * On the run's catalog: the mock serves its vendors (one added to it too, with its plug-in) and the pages' requests
     * to their hosts are routed to the mock.
     */
    public static Workbench start(RunSettings settings, Catalog catalog) {
        if (settings.bridge() instanceof BridgeSource.InApp app) {
            // the device's one page and its mock serve the whole run; the runner closes them
            Workbench bench = new Workbench(settings, app.runner().mock(), app.runner().engine());
            bench.addProfileAccounts();
            return bench;
        }
        MockOptions options = MockOptions.defaults().withVendors(MockVendors.of(catalog.vendors()));
        if (settings.grid().filter(g -> !g.advertisesLoopback()).isPresent()) {
            options = options.withBind("0.0.0.0"); // the Grid's browsers load the bridge page from another machine
        }
        MockServer mock = MockServer.start(options);
        try {
            Workbench bench = new Workbench(settings, mock, settings.startEngine());
            bench.addProfileAccounts();
            bench.checkBridgeParses();
            return bench;
        } catch (RuntimeException e) {
            mock.close();
            throw e;
        }
    }

    /** A bridge the engine cannot parse cannot be judged here: say so once, before any scenario. */
    private void checkBridgeParses() {
        BridgeSource bridge = settings.bridge();
        if (bridge instanceof BridgeSource.ScriptFile file) {
            engine.checkParses(file.path().getFileName().toString(), file.source());
        } else if (bridge instanceof BridgeSource.Reference) {
            engine.checkParses("mplus.js", org.mplus.tck.spec.KitResources.read("mock-server/__files/mplus.js"));
        }
    }

    private void addProfileAccounts() {
        settings.accounts().ifPresent(a -> mock.directory().add(a.toString()));
    }

    /** Back to a clean vendor mock for the next scenario, on the given vendor. */
    public void reset(int imType) {
        mock.reset();
        addProfileAccounts();
        mock.setImType(imType);
    }

    /**
     * A fresh page with the bridge loaded. The kit's own page is opened as a visit of the mock's, so that what it
     * still sends once left is refused; a page of the user's or the app's runner is opened as it is.
     */
    public PageSession openPage() {
        if (!PageVisits.PAGE.equals(page.url().getPath())) {
            return engine.open(page.url(), routes, page.injectInstrumentation(), scriptTimeout());
        }
        URI visit = mock.visits().open(page.url());
        return new PageVisit(engine.open(visit, routes, page.injectInstrumentation(), scriptTimeout()),
                mock.visits(), visit);
    }

    private Duration scriptTimeout() {
        return settings.timeout().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : settings.timeout();
    }

    public MockServer mock() {
        return mock;
    }

    public Engine engine() {
        return engine;
    }

    public Traffic traffic() {
        return new Traffic(mock.vendorRequests(), mock.deliveries());
    }

    @Override
    public void close() {
        if (settings.bridge() instanceof BridgeSource.InApp) {
            return;
        }
        try {
            engine.close();
        } finally {
            mock.close();
        }
    }
}
