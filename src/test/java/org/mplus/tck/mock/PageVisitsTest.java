package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A request from a scenario page the kit has left is refused before anything records it; others go on. */
class PageVisitsTest {

    private static final String LOOKUP = "/im/v1/users/zhaoliu";

    @Test
    void onlyTheOpenVisitsRequestsAreLetIn() {
        try (MockServer server = MockServer.start()) {
            URI page = URI.create(server.baseUrl() + PageVisits.PAGE);
            URI first = server.visits().open(page);
            assertTrue(first.getQuery().startsWith("visit="), first.toString());
            assertEquals(401, from(server, first).status(), "the open visit's lookup reaches 先维IM's model");
            int journaled = server.wireMock().getAllServeEvents().size();

            server.visits().close(first);
            Http.Answer late = from(server, first);
            assertEquals(409, late.status(), late.body());
            assertTrue(late.body().contains("a page the kit has left"), late.body());
            assertEquals(1, server.vendorRequests().size(), "a left page's request is not counted");
            assertEquals(journaled, server.wireMock().getAllServeEvents().size(), "nor journaled");

            URI second = server.visits().open(page);
            assertEquals(409, from(server, first).status(), "an earlier visit stays left");
            assertEquals(401, from(server, second).status());
            assertEquals(401, from(server, URI.create(server.baseUrl() + "/demo/")).status(), "another page");
            assertEquals(401, Http.get(server.baseUrl() + LOOKUP).status(), "no Referer");
            assertEquals(4, server.vendorRequests().size());
        }
    }

    private static Http.Answer from(MockServer server, URI referer) {
        return Http.send("GET", server.baseUrl() + LOOKUP, null, "Referer", referer.toString());
    }
}
