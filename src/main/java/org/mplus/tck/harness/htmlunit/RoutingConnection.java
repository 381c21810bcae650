package org.mplus.tck.harness.htmlunit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.mplus.tck.harness.VendorRoutes;

/**
 * HtmlUnit's network seen through the kit: vendor hosts answered by the mock, and the instrumentation put at
 * the head of a bridge's own page before any of its scripts.
 */
final class RoutingConnection extends WebConnectionWrapper {

    private VendorRoutes routes;
    private URI instrumentedPage;

    RoutingConnection(WebClient client) {
        super(client);
    }

    void configure(VendorRoutes routes, URI instrumentedPage) {
        this.routes = routes;
        this.instrumentedPage = instrumentedPage;
    }

    @Override
    public WebResponse getResponse(WebRequest request) throws IOException {
        Optional<URI> routed = routes == null ? Optional.empty() : routes.route(toUri(request));
        if (routed.isPresent()) {
            WebRequest toMock = new WebRequest(routed.get().toURL(), request.getHttpMethod());
            toMock.setAdditionalHeaders(request.getAdditionalHeaders());
            toMock.setRequestBody(request.getRequestBody());
            toMock.setCharset(request.getCharset());
            toMock.setRequestParameters(request.getRequestParameters());
            toMock.setEncodingType(request.getEncodingType());
            WebResponse answer = super.getResponse(toMock);
            // The page must believe the vendor answered: same URL as it asked for.
            try (var body = answer.getContentAsStream()) {
                return answered(request, answer, body.readAllBytes());
            }
        }
        WebResponse answer = super.getResponse(request);
        if (isConstantScript(request, answer)) {
            return cacheable(request, answer);
        }
        if (instrumentedPage != null && instrumentedPage.equals(toUri(request))
                && answer.getContentType().contains("html")) {
            return withInstrumentation(answer, request);
        }
        return answer;
    }

    private WebResponse withInstrumentation(WebResponse answer, WebRequest request) throws IOException {
        String html = answer.getContentAsString(StandardCharsets.UTF_8);
        String tag = "<script src=\"" + routes.mock().toString().replaceAll("/$", "")
                + "/__tck/harness/instrument.js\"></script>";
        int head = html.toLowerCase(Locale.ROOT).indexOf("<head");
        int at = head < 0 ? 0 : html.indexOf('>', head) + 1;
        String injected = html.substring(0, at) + tag + html.substring(at);
        return answered(request, answer, injected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The instrumentation and the bridge under test do not change during a run: marked cacheable, HtmlUnit
     * keeps them compiled instead of fetching and compiling them again for every scenario's fresh page.
     */
    private boolean isConstantScript(WebRequest request, WebResponse answer) {
        return routes != null && request.getHttpMethod() == org.htmlunit.HttpMethod.GET
                && answer.getStatusCode() == 200
                && request.getUrl().toString().startsWith(routes.mock().toString().replaceAll("/$", ""))
                && CONSTANT_SCRIPTS.matcher(request.getUrl().getPath()).matches();
    }

    private static final java.util.regex.Pattern CONSTANT_SCRIPTS =
            java.util.regex.Pattern.compile("/__tck/harness/.*\\.js|/__tck/bridge/.*|/mplus\\.js");

    private static WebResponse cacheable(WebRequest request, WebResponse answer) throws IOException {
        try (var body = answer.getContentAsStream()) {
            return rewrapped(request, answer, body.readAllBytes(), true);
        }
    }

    private static WebResponse answered(WebRequest request, WebResponse answer, byte[] body) {
        return rewrapped(request, answer, body, false);
    }

    /**
     * A response with a new body for the request the page made. The body is already decoded, so the headers that
     * describe the wire form (encoding, length) go; a constant script also gets a long max-age.
     */
    private static WebResponse rewrapped(WebRequest request, WebResponse answer, byte[] body, boolean constant) {
        List<NameValuePair> headers = new ArrayList<>();
        for (NameValuePair h : answer.getResponseHeaders()) {
            String name = h.getName().toLowerCase(Locale.ROOT);
            boolean wireForm = name.equals("content-encoding") || name.equals("content-length")
                    || name.equals("transfer-encoding");
            boolean freshness = constant && (name.equals("cache-control") || name.equals("expires"));
            if (!wireForm && !freshness) {
                headers.add(h);
            }
        }
        if (constant) {
            headers.add(new NameValuePair("Cache-Control", "max-age=86400"));
        }
        WebResponseData data = new WebResponseData(body, answer.getStatusCode(), answer.getStatusMessage(), headers);
        return new WebResponse(data, request, answer.getLoadTime());
    }

    private static URI toUri(WebRequest request) {
        try {
            return request.getUrl().toURI();
        } catch (URISyntaxException e) {
            return URI.create("about:blank");
        }
    }
}
