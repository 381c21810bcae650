package org.mplus.tck.mock.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The proxy's one rule: a request through it for a vendor's host is the mock's to answer, as if it had come
 * directly; a request for any other host is refused with a 403 that says so. Nothing is forwarded. A CONNECT is let
 * through because WireMock's tunnel leads to its own TLS connector on this machine, never out: the request inside
 * the tunnel is judged here like any other, by its Host.
 */
final class VendorHostsOnly extends HandlerWrapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<Origin> vendors;
    private final Connector tunnelEnd;

    /**
     * @param vendors   the vendors' origins the mock answers for
     * @param tunnelEnd the connector the CONNECT tunnels lead to: what arrives there came through the proxy
     */
    VendorHostsOnly(List<Origin> vendors, Connector tunnelEnd) {
        this.vendors = Set.copyOf(vendors);
        this.tunnelEnd = tunnelEnd;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<Origin> refused = proxiedTo(base).filter(o -> !vendors.contains(o) && !isThisServer(o, base));
        if (refused.isEmpty()) {
            super.handle(target, base, request, response);
            return;
        }
        base.setHandled(true);
        ObjectNode answer = JSON.createObjectNode().put("error", "the mplus-tck mock answers the IM vendors' hosts"
                + " and never forwards traffic to the internet: " + refused.get() + " is not a vendor's host");
        vendors.stream().map(Origin::toString).sorted().forEach(answer.putArray("vendorHosts")::add);
        byte[] body = JSON.writeValueAsBytes(answer);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=utf-8");
        // a page's script may read the refusal: it names no secret
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Where a request through the proxy is meant to go; empty for a request made to the mock itself. */
    private Optional<Origin> proxiedTo(Request base) {
        if (HttpMethod.CONNECT.is(base.getMethod())) {
            return Optional.empty();
        }
        if (base.getHttpChannel().getConnector() == tunnelEnd) {
            String host = base.getHeader("Host");
            return Optional.of(Origin.ofHostHeader("https", host == null ? "(no Host header)" : host));
        }
        HttpURI uri = base.getMetaData().getURI();
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty(); // origin-form: a request to the mock itself
        }
        return Optional.of(Origin.of(uri.getScheme(), uri.getHost(), uri.getPort()));
    }

    /**
     * A proxied request for the mock's own address (a device whose proxy is the mock opening the mock's pages):
     * its port, and a loopback name or an address of this machine, as a literal (a name is not looked up).
     */
    private static boolean isThisServer(Origin o, Request base) {
        if (!"http".equals(o.scheme()) || o.port() != base.getLocalPort()) {
            return false;
        }
        String host = o.host().startsWith("[") ? o.host().substring(1, o.host().length() - 1) : o.host();
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(host); // a literal: parsed, not looked up
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
