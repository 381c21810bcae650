package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.mplus.tck.mock.proxy.VendorProxy;
import org.mplus.tck.spec.KitResources;
import org.mplus.tck.spec.Vendor;

/**
 * The vendor mock: WireMock on the mock-server/ root with the kit's extensions (a model per vendor of the
 * catalog, from its {@link VendorPlugin}; the account directory, message store, request log, faults, live feed, admin API). The harness starts one
 * per worker thread and resets it between scenarios; {@code serve} starts one for front-end developers.
 * Thread-safe.
 */
public final class MockServer implements AutoCloseable {

    /** The bundled root directory, on the classpath. */
    public static final String BUNDLED_ROOT = "mock-server";

    private static final int MAX_LOGGED_RESPONSE = 8 * 1024;
    private static final long STOP_GRACE_MS = 200;
    /** Threads that answer delayed responses when their delay is up; the delay itself holds no thread. */
    private static final int DELAY_THREADS = 2;
    /** Below every stub of the bundled root: a root's own stubs for a vendor's paths win. */
    private static final int VENDOR_FALLBACK_PRIORITY = 10;

    private final WireMockServer wireMock;
    private final MockState state;
    private final MockOptions options;
    private final Optional<String> adminToken;
    private final Optional<VendorProxy> proxy;
    private final RoutedPages pages;
    private final PageVisits visits = new PageVisits();
    private final Map<String, StubMapping> served = new ConcurrentHashMap<>();
    private final MappingWatcher watcher;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private MockServer(MockOptions options, Consumer<String> report) {
        this.options = options;
        this.adminToken = options.adminToken().or(() -> isLoopback(options.bind()) ? Optional.empty()
                : Optional.of(newToken()));
        Fixture file = fixtureFile(options);
        this.state = new MockState(withAccounts(file, options), file, options.vendors(), options.imType(),
                options.storeCap());
        this.proxy = options.proxyCa().map(ca -> VendorProxy.open(ca, options.vendors().list().stream()
                .flatMap(v -> v.hosts().stream()).toList(), adminToken));
        this.pages = new RoutedPages(adminToken);
        this.wireMock = startWireMock(options, state, adminToken, pages, visits, proxy, this::reset,
                stopped::countDown);
        state.models().forEach(this::serveVendorPaths);
        this.watcher = options.hotReload() && options.root().isPresent() ? watch(report) : null;
    }

    /** Starts on a dynamic loopback port with the defaults. */
    public static MockServer start() {
        return start(MockOptions.defaults());
    }

    /** @throws MockStartException with a message for a person: busy port, bad root, bad fixture */
    public static MockServer start(MockOptions options) {
        return new MockServer(options, line -> { });
    }

    /**
     * As {@link #start(MockOptions)}; hot-reload news (reloaded, a bad file, a stub that matches every URL, the
     * watcher stopping) goes to {@code report}.
     */
    public static MockServer start(MockOptions options, Consumer<String> report) {
        return new MockServer(options, report);
    }

    private static WireMockServer startWireMock(MockOptions o, MockState state, Optional<String> token,
            RoutedPages pages, PageVisits visits, Optional<VendorProxy> proxy, Runnable reset, Runnable onStop) {
        List<VendorModel> models = state.models();
        List<VendorTransformer> vendorTransformers = models.stream().map(m -> new VendorTransformer(m, state)).toList();
        List<Extension> extensions = new ArrayList<>(vendorTransformers);
        extensions.addAll(List.of(new ClientInfoTransformer(state), new ConversationTransformer(state),
                new EventFeedTransformer(state), new TckAdminApi(state, reset)));
        WireMockConfiguration cfg = WireMockConfiguration.options()
                .port(o.port())
                .bindAddress(o.bind())
                .maxLoggedResponseSize(MAX_LOGGED_RESPONSE)
                // WireMock formats every request for its notifier, which discards it: the kit logs its own
                .stubRequestLoggingDisabled(true)
                .stubCorsEnabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensionScanningEnabled(false)
                // WireMock builds its proxy HTTP clients at start, TLS trust store and all: a fifth of serve's
                // start. The kit's stubs proxy nothing, so a root's proxy stubs get them on first use.
                .httpClientFactory((options, trustAll, trustedHosts, useSystemProperties) -> new LazyHttpClient(
                        () -> new ApacheHttpClientFactory().buildHttpClient(options, trustAll, trustedHosts,
                                useSystemProperties)))
                // nor does the kit match XML: WireMock need not load the XML factories at start
                .disableOptimizeXmlFactoriesLoading(true)
                .jettyStopTimeout(0L)
                .threadPoolFactory(MockServer::serverThreads)
                // a latency fault's delay waits on a scheduler: with WireMock's default it sleeps on a server
                // thread, and a few slow vendor requests kept the admin API and the console waiting
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(DELAY_THREADS)
                .extensions(extensions.toArray(Extension[]::new));
        o.root().ifPresentOrElse(r -> cfg.usingFilesUnderDirectory(checkStubs(checkRoot(r)).toString()),
                () -> cfg.usingFilesUnderClasspath(BUNDLED_ROOT));
        CappedJournalStore journal = new CappedJournalStore(o.journalCap());
        DefaultStores stores = new DefaultStores(cfg.filesRoot()) {
            @Override
            public RequestJournalStore getRequestJournalStore() {
                return journal;
            }
        };
        cfg.withStores(stores);
        // as the vendors' proxy too, WireMock alone answers: a proxied request is not a plain one
        Optional<DirectVendorAnswer> direct = proxy.isPresent() ? Optional.empty()
                : Optional.of(new DirectVendorAnswer(models, vendorTransformers, state.faults(), stores.getStubStore(),
                        stores.getSettingsStore(), journal, cfg.getDataTruncationSettings()));
        cfg.httpServerFactory((options, admin, stubs) -> new KitJettyServer(options, admin, stubs, models, onStop,
                pages, proxy, direct, visits));
        proxy.ifPresent(p -> p.configure(cfg)); // after the stores: pass-through is a setting of theirs
        token.ifPresent(t -> cfg.adminAuthenticator(new BearerTokenAuthenticator(t)));
        WireMockServer server;
        try {
            server = new WireMockServer(cfg);
        } catch (RuntimeException e) {
            String why = StubFile.describe(e);
            throw new MockStartException("cannot load the stubs under " + o.root().map(Path::toString)
                    .orElse("the bundled " + BUNDLED_ROOT) + "/mappings: " + why, e);
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new MockStartException(hasCause(e, BindException.class)
                    ? "cannot listen on " + o.bind() + ":" + o.port() + ": the address is in use or not this machine's"
                            + " (choose another --port or --bind)"
                    : "cannot start the mock on " + o.bind() + ":" + o.port() + ": " + e.getMessage(), e);
        }
        return server;
    }

    /**
     * The pool WireMock would build (its container threads), except that stopping waits briefly for requests in
     * flight: Jetty would join a busy thread for up to five seconds at the end of every run.
     */
    private static ThreadPool serverThreads(Options options) {
        QueuedThreadPool pool = new QueuedThreadPool(options.containerThreads());
        pool.setStopTimeout(STOP_GRACE_MS); // half waits for requests in flight, then the rest are interrupted
        return pool;
    }

    private MappingWatcher watch(Consumer<String> report) {
        Path mappings = options.root().orElseThrow().resolve("mappings");
        if (!Files.isDirectory(mappings)) {
            return null;
        }
        try {
            return new MappingWatcher(mappings, wireMock, served::values, report);
        } catch (IOException e) {
            close();
            throw new MockStartException("cannot watch " + mappings + " for hot reload: " + e.getMessage(), e);
        }
    }

    private static Path checkRoot(Path root) {
        if (!Files.isDirectory(root)) {
            throw new MockStartException("the root " + root + " is not a directory");
        }
        if (!Files.isDirectory(root.resolve("mappings")) && !Files.isDirectory(root.resolve("__files"))) {
            throw new MockStartException("the root " + root
                    + " is not a WireMock root directory: it has neither mappings/ nor __files/");
        }
        return root.toAbsolutePath();
    }

    /**
     * The root, once each of its stub files reads as a stub: WireMock would name the file but not the place or the
     * flaw ("Error parsing JSON" for a valid document of the wrong shape too).
     */
    private static Path checkStubs(Path root) {
        Path mappings = root.resolve("mappings");
        if (!Files.isDirectory(mappings)) {
            return root;
        }
        try {
            StubFile.readAll(mappings).stream().filter(f -> f.problem().isPresent()).findFirst().ifPresent(f -> {
                throw new MockStartException("cannot load the stubs under " + mappings + ": " + f.describeProblem());
            });
        } catch (IOException e) {
            throw new MockStartException("cannot read " + mappings + ": " + e.getMessage(), e);
        }
        return root;
    }

    /**
     * Hands every request to a vendor's paths that no stub of the root takes to the vendor's model, so a vendor
     * served by a plug-in alone, without stub files, answers; kept across reset and hot reload like served files.
     */
    private void serveVendorPaths(VendorModel model) {
        String vendor = model.profile().vendor();
        keep("vendor " + vendor, WireMock.any(WireMock.urlPathMatching(model.paths()))
                .atPriority(VENDOR_FALLBACK_PRIORITY)
                .withId(UUID.nameUUIDFromBytes(("vendor " + vendor).getBytes(StandardCharsets.UTF_8)))
                .willReturn(WireMock.aResponse().withStatus(200)
                        .withTransformers(model.profile().transformerName()))
                .build());
    }

    /** The root's fixture.json, else the bundled one. */
    private static Fixture fixtureFile(MockOptions o) {
        Optional<Path> own = o.root().map(r -> r.resolve("fixture.json")).filter(Files::isRegularFile);
        String where = own.map(Path::toString).orElse("the bundled " + BUNDLED_ROOT + "/fixture.json");
        try {
            return Fixture.parse(own.isPresent() ? Files.readString(own.get(), StandardCharsets.UTF_8)
                    : KitResources.read(BUNDLED_ROOT + "/fixture.json"), o.vendors().credentials());
        } catch (IOException | IllegalArgumentException e) {
            throw new MockStartException("bad accounts in " + where + ": " + e.getMessage(), e);
        }
    }

    /** The fixture with the accounts the options add (they survive reset). */
    private static Fixture withAccounts(Fixture file, MockOptions o) {
        try {
            Fixture f = file;
            for (String more : o.accounts()) {
                f = f.plus(Fixture.parse(more, o.vendors().credentials()));
            }
            if (f.signedInUser().isEmpty()) {
                throw new IllegalArgumentException("signedInUser is missing");
            }
            return f;
        } catch (IllegalArgumentException e) {
            throw new MockStartException("bad accounts in fixture.json or the added accounts: " + e.getMessage(), e);
        }
    }

    /** e.g. http://127.0.0.1:54321 (a wildcard bind is reached through loopback). */
    public String baseUrl() {
        String host = options.bind();
        if (options.bindsEveryInterface()) {
            host = MockOptions.LOOPBACK;
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    /** The options it was started with. */
    public MockOptions options() {
        return options;
    }

    public int port() {
        return wireMock.port();
    }

    /** The vendors' HTTP(S) proxy on the mock's port, when {@link MockOptions#proxyCa()} turned it on. */
    public Optional<VendorProxy> proxy() {
        return proxy;
    }

    /** The token the admin API requires (as "Authorization: Bearer TOKEN"), if it requires one. */
    public Optional<String> adminToken() {
        return adminToken;
    }

    public int imType() {
        return state.imType();
    }

    /** The vendor the mock client runs on now. */
    public Vendor vendor() {
        return state.vendors().byImType(state.imType()).orElseThrow();
    }

    /** The vendors it serves, each with its plug-in. */
    public MockVendors vendors() {
        return state.vendors();
    }

    public void setImType(int imType) {
        state.setImType(imType);
    }

    /** The visits of the scenario page it serves: a left page's late requests are refused. */
    public PageVisits visits() {
        return visits;
    }

    /** What was delivered to whom, oldest first (the newest storeCap). */
    public List<Delivery> deliveries() {
        return state.deliveries();
    }

    /** Every request that reached a vendor endpoint, accepted or refused, oldest first (the newest storeCap). */
    public List<VendorRequest> vendorRequests() {
        return state.vendorRequests();
    }

    /** The live feed, oldest first (the newest storeCap). */
    public List<TckEvent> events() {
        return state.events().all();
    }

    public FaultSwitch faults() {
        return state.faults();
    }

    public AccountDirectory directory() {
        return state.directory();
    }

    /** The WireMock server underneath, for what the facade does not cover. */
    public WireMockServer wireMock() {
        return wireMock;
    }

    /**
     * Serves {@code body} at GET {@code path} (e.g. a bridge under test at /__tck/bridge/x.js), ahead of every
     * other stub. Serving the same path again replaces it; served files survive reset and hot reload.
     */
    public void serveFile(String path, String contentType, String body) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a served path starts with /, not " + path);
        }
        keep(path, WireMock.get(WireMock.urlPathEqualTo(path)).atPriority(1)
                .withId(UUID.nameUUIDFromBytes(("served " + path).getBytes(StandardCharsets.UTF_8)))
                .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", contentType)
                        .withBody(body.getBytes(StandardCharsets.UTF_8)))
                .build());
    }

    /**
     * Answers every request whose path starts with {@code prefix} with a page of the kit's own, ahead of the stubs
     * and the journal; off loopback only with the admin token.
     */
    public void route(String prefix, PageRoute route) {
        pages.mount(prefix, route);
    }

    /** Adds or replaces a stub that does not come from the root's files, which survives reset and hot reload. */
    private void keep(String key, StubMapping stub) {
        synchronized (served) {
            if (served.put(key, stub) == null) {
                wireMock.addStubMapping(stub);
            } else {
                wireMock.editStubMapping(stub);
            }
        }
    }

    /** Deliveries, requests, faults, events and the journal cleared; imType and accounts as started. */
    public void reset() {
        state.reset();
        wireMock.resetRequests();
    }

    /** Reloads root/mappings/ now (hot reload does this on its own); -1 when a file is bad or there is no watcher. */
    public int reloadMappings() {
        return watcher == null ? -1 : watcher.reload();
    }

    /**
     * Waits until the mock has stopped: {@link #close()}, or WireMock's own POST /__admin/shutdown (which stops
     * the server and nothing else).
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        wireMock.stop();
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new MockStartException("cannot bind to " + bind + ": no such address");
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
