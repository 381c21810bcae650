package org.mplus.tck.mock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.mplus.tck.mock.proxy.PageToken;

/**
 * The {@link PageRoute}s mounted on the mock, by path prefix, in front of WireMock's handlers (behind the vendor
 * proxy's host rule, when there is one). Where the admin API needs the token, so do they: as {@code ?token=} (a phone
 * opens the URL the kit printed) or as "Authorization: Bearer".
 */
final class RoutedPages extends HandlerWrapper {

    private final Map<String, PageRoute> routes = new ConcurrentHashMap<>();
    private final PageToken token;

    RoutedPages(Optional<String> adminToken) {
        this.token = new PageToken(adminToken);
    }

    /** Puts this handler in front of the server's current one. Before the server starts. */
    void install(Server jetty) {
        setHandler(jetty.getHandler());
        jetty.setHandler(this);
    }

    void mount(String prefix, PageRoute route) {
        routes.put(prefix, route);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PageRoute route = routeOf(base.getRequestURI());
        if (route == null) {
            super.handle(target, base, request, response);
            return;
        }
        base.setHandled(true);
        if (!token.admits(base)) {
            byte[] body = ("{\"error\":\"off loopback this page needs the admin token: open the URL the kit printed,"
                    + " which ends in ?token=…\"}").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        route.answer(request, response);
    }

    /** A plain loop: every request to the mock passes here, and a stream per request is garbage for G1. */
    private PageRoute routeOf(String path) {
        for (Map.Entry<String, PageRoute> e : routes.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
