package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.common.DataTruncationSettings;
import com.github.tomakehurst.wiremock.common.Limit;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.jetty.JettyHttpUtils;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.servlet.MultipartRequestConfigurer;
import com.github.tomakehurst.wiremock.servlet.WireMockHttpServletRequestAdapter;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.SettingsStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers a request to a vendor's paths that WireMock would hand to the vendor's model, without going through
 * WireMock's request pipeline: the same stubs in the same order pick the stub, the same transformer answers with
 * the same headers (Matched-Stub-Id and -Name included), and the request is journaled once, as WireMock journals
 * it, before the answer leaves. WireMock copies each request four times over (each copy parsing its URL with a
 * regex compiled anew) and renders the answer through a chain of copies: under load, a third of a signed
 * PushMsg's CPU in serve.
 *
 * <p>Whatever this does not reproduce goes on to WireMock unchanged: a stub with a scenario, a delay, a fault, a
 * proxy, a body file, serve-event listeners or post-serve actions, or transformers other than exactly the
 * vendor's; a global delay; and every request while any fault is switched on. It reads the body again after
 * WireMock's copy has read it, which {@link BodyCap} (ahead of it) allows: it hands on the body as bytes.
 */
final class DirectVendorAnswer implements Filter {

    private final Pattern vendorPaths;
    private final Map<String, VendorTransformer> transformers;
    private final FaultSwitch faults;
    private final StubMappingStore stubs;
    private final SettingsStore settings;
    private final RequestJournalStore journal;
    private final int maxLoggedBody;
    private MultipartRequestConfigurer multipart;
    private JettyHttpUtils utils;

    /** Stores: those WireMock itself serves from, so stubs added, edited, reset or reloaded count at once. */
    DirectVendorAnswer(List<VendorModel> models, List<VendorTransformer> transformers, FaultSwitch faults,
            StubMappingStore stubs, SettingsStore settings, RequestJournalStore journal,
            DataTruncationSettings truncation) {
        Integer max = truncation.getMaxResponseBodySize().getValue();
        this.maxLoggedBody = max == null ? Integer.MAX_VALUE : max;
        this.vendorPaths = Pattern.compile(models.stream().map(m -> "(?:" + m.paths() + ")")
                .collect(Collectors.joining("|")));
        this.transformers = transformers.stream().collect(Collectors.toUnmodifiableMap(
                VendorTransformer::getName, Function.identity()));
        this.faults = faults;
        this.stubs = stubs;
        this.settings = settings;
        this.journal = journal;
    }

    @Override
    public void init(FilterConfig config) {
        // set by WireMock on the mock context, for its own servlet's copies of requests
        multipart = (MultipartRequestConfigurer) config.getServletContext().getAttribute(MultipartRequestConfigurer.KEY);
        utils = (JettyHttpUtils) config.getServletContext().getAttribute(JettyHttpUtils.class.getName());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!vendorPaths.matcher(request.getRequestURI()).matches() || faults.anyOn() || globalDelay()) {
            chain.doFilter(req, res);
            return;
        }
        UUID id = newId();
        LoggedRequest logged = LoggedRequest.createFrom(new JournaledRequest(
                new WireMockHttpServletRequestAdapter(request, multipart, null, false, utils), request, id));
        StubMapping stub = firstMatch(logged);
        VendorTransformer model = stub == null ? null : vendorOnly(stub);
        if (model == null) {
            chain.doFilter(req, res);
            return;
        }
        ResponseDefinition answer = model.answer(logged, false);
        HttpHeaders headers = (answer.getHeaders() == null ? new HttpHeaders() : answer.getHeaders())
                .plus(new HttpHeader("Matched-Stub-Id", stub.getId().toString()));
        if (stub.getName() != null) {
            // as WireMock does: a header value is ASCII
            headers = headers.plus(new HttpHeader("Matched-Stub-Name",
                    new String(stub.getName().getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)));
        }
        byte[] body = answer.getByteBody() == null ? new byte[0] : answer.getByteBody();
        Response sent = Response.response().status(answer.getStatus()).headers(headers).body(body).build();
        // a limit of the body's own size: WireMock's copies the body through a buffer of the whole limit
        DataTruncationSettings kept = new DataTruncationSettings(new Limit(Math.min(body.length, maxLoggedBody)));
        // journaled before it is answered, as WireMock does: a client that reads the journal next finds it there
        journal.add(new ServeEvent(id, logged, stub, answer, null, true, null, null).complete(sent, kept));
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(answer.getStatus());
        for (HttpHeader header : headers.all()) {
            for (String value : header.values()) {
                response.addHeader(header.key(), value);
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The stub WireMock would pick, if it is unconditional: null when the first stub that matches has a scenario.
     * A stub for another method or URL cannot match: those two are asked first, without WireMock's whole weighing
     * of every part of the request (most stubs are another vendor's or another endpoint's).
     */
    private StubMapping firstMatch(LoggedRequest request) {
        for (Iterator<StubMapping> it = stubs.getAll().iterator(); it.hasNext(); ) {
            StubMapping stub = it.next();
            RequestPattern pattern = stub.getRequest();
            if (pattern.getMethod().match(request.getMethod()).isExactMatch()
                    && pattern.getUrlMatcher().match(request.getUrl()).isExactMatch()
                    && pattern.match(request).isExactMatch()) {
                return stub.isIndependentOfScenarioState() ? stub : null;
            }
        }
        return null;
    }

    /** The vendor's transformer, when it is all that the stub's answer consists of. */
    private VendorTransformer vendorOnly(StubMapping stub) {
        ResponseDefinition r = stub.getResponse();
        List<String> names = r.getTransformers();
        boolean plain = names != null && names.size() == 1 && !r.isProxyResponse() && !r.specifiesBodyFile()
                && r.getFault() == null && r.getFixedDelayMilliseconds() == null && r.getDelayDistribution() == null
                && r.getChunkedDribbleDelay() == null && isEmpty(stub.getPostServeActions())
                && isEmpty(stub.getServeEventListeners());
        return plain ? transformers.get(names.get(0)) : null;
    }

    private boolean globalDelay() {
        GlobalSettings global = settings.get();
        return global.getFixedDelay() != null || global.getDelayDistribution() != null;
    }

    /** A journal id: unique is enough, so it need not lock the system's random source as UUID.randomUUID does. */
    private static UUID newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low);
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
