package org.mplus.tck.mock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * GET or HEAD {@value #PATH}: 200 once the mock answers, for a container's readiness and liveness probes. It
 * answers ahead of WireMock, so a probe every few seconds never fills the request journal or the console's
 * feed, and it needs no token (it tells nothing but that the mock is up). Any other method goes on to WireMock.
 */
final class HealthAnswer implements Filter {

    static final String PATH = "/__tck/health";

    private static final byte[] BODY = "{\"status\":\"up\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || !PATH.equals(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(JsonResponse.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(BODY.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(BODY);
        }
    }
}
