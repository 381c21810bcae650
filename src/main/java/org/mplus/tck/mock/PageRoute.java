package org.mplus.tck.mock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page of the kit's own under a path of the mock (the remote engine's runner and its channel), answered ahead of
 * WireMock: it is never journalled, never matched against stubs, and may hold its request open (long polling).
 * Off loopback the mock lets a request reach it only with the admin token ({@link RoutedPages}).
 */
@FunctionalInterface
public interface PageRoute {

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
