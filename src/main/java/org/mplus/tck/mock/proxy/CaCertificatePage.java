package org.mplus.tck.mock.proxy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * GET {@value #PATH}: the kit's CA certificate as PEM, for installing on a test device. Where the admin API needs
 * the token (off loopback), so does this page, as {@code ?token=} (a phone's browser opens the URL serve prints)
 * or as "Authorization: Bearer".
 */
final class CaCertificatePage extends HandlerWrapper {

    static final String PATH = "/__tck/ca.pem";
    /** The type phones and browsers offer to install as a CA. */
    static final String CONTENT_TYPE = "application/x-x509-ca-cert";

    private final byte[] pem;
    private final PageToken token;

    CaCertificatePage(KitCertificateAuthority ca, Optional<String> adminToken) {
        this.pem = ca.pem().getBytes(StandardCharsets.US_ASCII);
        this.token = new PageToken(adminToken);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        boolean read = "GET".equals(base.getMethod()) || "HEAD".equals(base.getMethod());
        if (!read || !PATH.equals(base.getRequestURI())) {
            super.handle(target, base, request, response);
            return;
        }
        base.setHandled(true);
        if (!token.admits(base)) {
            byte[] body = ("{\"error\":\"off loopback the kit's CA needs the admin token: open " + PATH
                    + "?token=TOKEN, the URL serve printed\"}").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"mplus-tck-ca.pem\"");
        response.setContentLength(pem.length);
        if ("GET".equals(base.getMethod())) {
            response.getOutputStream().write(pem);
        }
    }
}
