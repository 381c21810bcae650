package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;
import org.mplus.tck.mock.proxy.VendorProxy;

/**
 * The Jetty server under WireMock, with what the kit changes at the HTTP level:
 * <ul>
 * <li>the admin API and the console's feed answer only their own origin ({@link SameOriginPolicy}); WireMock
 *     would answer any origin's CORS request on /__admin/*, credentials included;</li>
 * <li>request bodies are capped before WireMock reads them ({@link BodyCap});</li>
 * <li>static files come from the root wherever it is: for a root inside a jar WireMock hands Jetty a path
 *     relative to the working directory, so the console and the demo answered 404 outside the repository;</li>
 * <li>{@link HealthAnswer} answers probes before WireMock journals them;</li>
 * <li>a request Jetty cannot parse gets a vendor's error, not Jetty's HTML page ({@link BadRequestAnswer});</li>
 * <li>stopping cancels delayed answers (a latency fault waits on a scheduler, not on a server thread) and
 *     tells the owner, also when WireMock stops itself on POST /__admin/shutdown;</li>
 * <li>the kit's own pages ({@link PageRoute}) answer ahead of WireMock;</li>
 * <li>as the vendors' proxy, if it is one, it answers their hosts only ({@link VendorProxy});</li>
 * <li>a request from a scenario page the kit has left is refused ({@link PageVisits});</li>
 * <li>requests that WireMock would hand to a vendor's model go to it directly ({@link DirectVendorAnswer}),
 *     after WireMock's own filters (CORS among them).</li>
 * </ul>
 * WireMock builds the handlers from its constructor, before this class's fields are set: the hooks read
 * WireMock's options only.
 */
final class KitJettyServer extends Jetty11HttpServer {

    /** Paths of the mock's own context that only its console reads (GET): the live feed. */
    static final Set<String> CONSOLE_ONLY = Set.of("/__tck/events");

    private final Runnable onStop;

    /**
     * @param vendors whose paths get their vendor's error when Jetty cannot even parse a request
     * @param pages   the kit's own pages, in front of WireMock's handlers
     * @param proxy   the vendors' proxy, in front of every handler, when the mock is one
     * @param direct  the vendors' models, answering ahead of WireMock's servlet
     * @param visits  the scenario page's visits, refusing a left page's requests ahead of both
     */
    KitJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs, List<VendorModel> vendors,
            Runnable onStop, RoutedPages pages, Optional<VendorProxy> proxy, Optional<DirectVendorAnswer> direct,
            PageVisits visits) {
        super(options, admin, stubs);
        this.onStop = onStop;
        jettyServer.setErrorHandler(new BadRequestAnswer(vendors));
        pages.install(jettyServer);
        proxy.ifPresent(p -> p.install(jettyServer, httpConnector));
        // added here, not in a decorate hook: those run from WireMock's constructor, before this one's arguments
        add(mockContext(), visits, "/*");
        direct.ifPresent(d -> add(mockContext(), d, "/*"));
    }

    /** The context WireMock serves stubs from (the admin API's is /__admin). */
    private ServletContextHandler mockContext() {
        return Arrays.stream(jettyServer.getChildHandlersByClass(ServletContextHandler.class))
                .map(ServletContextHandler.class::cast).filter(c -> "/".equals(c.getContextPath())).findFirst()
                .orElseThrow(() -> new IllegalStateException("WireMock built no context at /"));
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler admin) {
        ServletHandler handler = admin.getServletHandler();
        FilterHolder[] kept = Arrays.stream(handler.getFilters())
                .filter(f -> !CrossOriginFilter.class.getName().equals(f.getClassName()))
                .toArray(FilterHolder[]::new);
        Set<String> keptNames = Set.copyOf(Arrays.stream(kept).map(FilterHolder::getName).toList());
        handler.setFilterMappings(Arrays.stream(handler.getFilterMappings())
                .filter(m -> keptNames.contains(m.getFilterName())).toArray(FilterMapping[]::new));
        handler.setFilters(kept);
        add(admin, new SameOriginFilter(policy(), request -> true), "/*");
    }

    @Override
    protected void decorateMockServiceContextBeforeConfig(ServletContextHandler mock) {
        // ahead of WireMock's own filters (CORS among them): a refused request is never read
        add(mock, new SameOriginFilter(policy(), KitJettyServer::isConsoleRead), "/*");
        add(mock, new BodyCap(BodyRules.VENDOR_MAX_BYTES), "/*");
        add(mock, new HealthAnswer(), HealthAnswer.PATH);
    }

    @Override
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler mock) {
        mock.setInitParameter("org.eclipse.jetty.servlet.Default.resourceBase",
                options.filesRoot().getUri().toString());
    }

    @Override
    public void stop() {
        if (scheduledExecutorService != null) {
            scheduledExecutorService.shutdownNow(); // delayed answers still waiting: their connections close below
        }
        super.stop();
        onStop.run();
    }

    private SameOriginPolicy policy() {
        try {
            return new SameOriginPolicy(InetAddress.getByName(options.bindAddress()).isLoopbackAddress());
        } catch (UnknownHostException e) {
            throw new MockStartException("cannot bind to " + options.bindAddress() + ": no such address");
        }
    }

    private static boolean isConsoleRead(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && CONSOLE_ONLY.contains(request.getRequestURI());
    }

    private static void add(ServletContextHandler context, Filter filter, String path) {
        context.addFilter(new FilterHolder(filter), path, EnumSet.of(DispatcherType.REQUEST));
    }
}
