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
