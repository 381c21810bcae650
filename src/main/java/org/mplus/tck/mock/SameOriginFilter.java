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
import java.util.Optional;
import java.util.function.Predicate;

/** Answers 403 to the requests it guards that {@link SameOriginPolicy} refuses, before anything reads them. */
final class SameOriginFilter implements Filter {

    private final SameOriginPolicy policy;
    private final Predicate<HttpServletRequest> guarded;

    SameOriginFilter(SameOriginPolicy policy, Predicate<HttpServletRequest> guarded) {
        this.policy = policy;
        this.guarded = guarded;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<String> refusal = guarded.test(request) ? policy.refusal(request.getHeader("Host"),
                request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site")) : Optional.empty();
        if (refusal.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        byte[] body = JsonResponse.MAPPER.createObjectNode().put("error", refusal.get()).toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(JsonResponse.CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
