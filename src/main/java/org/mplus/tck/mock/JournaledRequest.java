package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestIdDecorator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;

/**
 * A request as {@link DirectVendorAnswer} journals it and hands it to a vendor's model: what WireMock's servlet
 * adapter reads, with the id of its serve event (WireMock's journal gives a request its event's id too), and
 * without two of the adapter's costs on every request. Behind {@link BodyCap}'s wrapper the adapter reads the
 * headers name by name, each a scan of them all; and it compiles a regex to ask whether the body is multipart.
 */
final class JournaledRequest extends RequestIdDecorator {

    /** WireMock's own test, compiled once. */
    private static final Pattern MULTIPART = Pattern.compile("^\\s*multipart/.*", Pattern.CASE_INSENSITIVE);

    private final HttpServletRequest servlet;

    /** @param adapter WireMock's adapter of the same request; @param servlet the request as the filters pass it */
    JournaledRequest(Request adapter, HttpServletRequest servlet, UUID id) {
        super(adapter, id);
        this.servlet = servlet;
    }

    /** The headers in one pass, as the adapter reads them from Jetty's request when nothing wraps it. */
    @Override
    public HttpHeaders getHeaders() {
        List<HttpHeader> headers = new ArrayList<>();
        for (HttpField field : org.eclipse.jetty.server.Request.getBaseRequest(servlet).getHttpFields()) {
            if (!BodyCap.HEADER.equalsIgnoreCase(field.getName())) {
                headers.add(HttpHeader.httpHeader(field.getName(), field.getValue()));
            }
        }
        // the one header BodyCap's wrapper sets in place of a client's own
        String cut = servlet.getHeader(BodyCap.HEADER);
        if (cut != null) {
            headers.add(HttpHeader.httpHeader(BodyCap.HEADER, cut));
        }
        return new HttpHeaders(headers);
    }

    @Override
    public boolean isMultipart() {
        String type = getHeader("Content-Type");
        return type != null && MULTIPART.matcher(type).matches();
    }

    @Override
    public Collection<Part> getParts() {
        return isMultipart() ? super.getParts() : null;
    }
}
