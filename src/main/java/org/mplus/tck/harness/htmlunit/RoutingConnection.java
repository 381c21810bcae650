package org.mplus.tck.harness.htmlunit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
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
        int head = html.toLowerCase(java.util.Locale.ROOT).indexOf("<head");
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
        java.util.List<org.htmlunit.util.NameValuePair> headers = new java.util.ArrayList<>();
        for (org.htmlunit.util.NameValuePair h : answer.getResponseHeaders()) {
            if (!h.getName().equalsIgnoreCase("Cache-Control") && !h.getName().equalsIgnoreCase("Expires")) {
                headers.add(h);
            }
        }
        headers.add(new org.htmlunit.util.NameValuePair("Cache-Control", "max-age=86400"));
        try (var body = answer.getContentAsStream()) {
            WebResponseData data = new WebResponseData(body.readAllBytes(), answer.getStatusCode(),
                    answer.getStatusMessage(), headers);
            return new WebResponse(data, request, answer.getLoadTime());
        }
    }

    private static WebResponse answered(WebRequest request, WebResponse answer, byte[] body) {
        WebResponseData data = new WebResponseData(body, answer.getStatusCode(), answer.getStatusMessage(),
                answer.getResponseHeaders());
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
