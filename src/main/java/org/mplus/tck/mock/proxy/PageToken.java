package org.mplus.tck.mock.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * The admin token as the kit's own pages want it off loopback: as {@code ?token=} (a phone's browser opens the URL
 * the kit printed) or as {@code Authorization: Bearer}. Compared in constant time; no token, every request passes.
 */
public final class PageToken {

    private final Optional<byte[]> token;

    public PageToken(Optional<String> adminToken) {
        this.token = adminToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    public boolean admits(Request base) {
        if (token.isEmpty()) {
            return true;
        }
        String query = base.getParameter("token");
        String header = base.getHeader("Authorization");
        String given = query != null ? query
                : header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).trim() : "";
        return MessageDigest.isEqual(token.get(), given.getBytes(StandardCharsets.UTF_8));
    }
}
