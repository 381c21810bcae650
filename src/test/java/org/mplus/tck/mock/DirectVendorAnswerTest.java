package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Requests that WireMock would hand to a vendor's model are answered by it ahead of WireMock's pipeline, with
 * what WireMock would have answered and journaled; anything else still goes through WireMock.
 */
class DirectVendorAnswerTest {

    @Test
    void aSignedPushSkipsWireMocksPipelineAndIsAnsweredAndJournaledAsWireMockWould() {
        try (MockServer server = MockServer.start()) {
            List<String> throughWireMock = listen(server);
            Http.Answer direct = new RonglianCall(server).send();
            assertEquals(List.of(), throughWireMock, "the model answered ahead of WireMock's servlet");
            // a global delay, even of 0 ms, is WireMock's to apply: the same request then goes its way
            server.wireMock().setGlobalFixedDelay(0);
            Http.Answer wired = new RonglianCall(server).send();
            assertEquals(1, throughWireMock.size(), "with a global delay set, WireMock answers");

            assertEquals(wired.status(), direct.status());
            assertEquals(wired.body(), direct.body());
            for (String header : List.of("Content-Type", "Matched-Stub-Id", "Matched-Stub-Name")) {
                assertNotNull(wired.header(header), header);
                assertEquals(wired.header(header), direct.header(header), header);
            }
            List<ServeEvent> journal = server.wireMock().getAllServeEvents(); // newest first
            assertEquals(2, journal.size());
            ServeEvent d = journal.get(1);
            ServeEvent w = journal.get(0);
            assertEquals(w.getStubMapping().getId(), d.getStubMapping().getId());
            assertEquals(w.getWasMatched(), d.getWasMatched());
            assertEquals(w.getRequest().getMethod(), d.getRequest().getMethod());
            assertEquals(w.getRequest().getBodyAsString(), d.getRequest().getBodyAsString());
            assertEquals(w.getRequest().getHeader("Authorization") != null, d.getRequest().getHeader("Authorization") != null);
            assertEquals(w.getRequest().getHeaders().keys(), d.getRequest().getHeaders().keys());
            assertEquals(w.getRequest().getHeader("Content-Type"), d.getRequest().getHeader("Content-Type"));
            assertEquals(w.getRequest().getAbsoluteUrl().replaceAll("sig=[^&]*", ""),
                    d.getRequest().getAbsoluteUrl().replaceAll("sig=[^&]*", ""));
            assertEquals(w.getRequest().isMultipart(), d.getRequest().isMultipart());
            assertEquals(w.getId(), w.getRequest().getId(), "WireMock journals a request with its event's id");
            assertEquals(d.getId(), d.getRequest().getId(), "so does the direct answer");
            assertEquals(w.getResponse().getStatus(), d.getResponse().getStatus());
            assertEquals(w.getResponse().getBodyAsString(), d.getResponse().getBodyAsString());
            assertEquals(2, server.deliveries().size());
            assertEquals(2, server.vendorRequests().size());
        }
    }

    @Test
    void aDirectAnswerIsJournaledBeforeItLeaves() {
        try (MockServer server = MockServer.start()) {
            List<String> throughWireMock = listen(server);
            for (int i = 1; i <= 100; i++) {
                new RonglianCall(server).send();
                assertEquals(i, server.wireMock().getAllServeEvents().size(), "journaled once, before its answer");
            }
            assertEquals(List.of(), throughWireMock);
        }
    }

    @Test
    void whileAFaultIsOnEveryVendorRequestGoesThroughWireMock() {
        try (MockServer server = MockServer.start()) {
            List<String> throughWireMock = listen(server);
            server.faults().add(Fault.vendorError("ronglian", "112110", "接收方不存在").forAccount(Demo.WANGWU));
            assertEquals("000000", new RonglianCall(server).send().json().path("statusCode").asText());
            assertEquals(1, throughWireMock.size());
            server.faults().clear();
            new RonglianCall(server).send();
            assertEquals(1, throughWireMock.size(), "with the fault off, the model answers directly again");
        }
    }

    @Test
    void aStubAddedAheadOfTheVendorsOwnWinsAtOnce() {
        try (MockServer server = MockServer.start()) {
            List<String> throughWireMock = listen(server);
            server.wireMock().stubFor(WireMock.post(WireMock.urlPathMatching(".*/IM/PushMsg")).atPriority(1)
                    .willReturn(WireMock.okJson("{\"statusCode\":\"000000\",\"statusMsg\":\"stubbed\"}")));
            assertEquals("stubbed", new RonglianCall(server).send().json().path("statusMsg").asText());
            assertEquals(1, throughWireMock.size());
            assertEquals(List.of(), server.deliveries(), "the stub, not the model, answered");
        }
    }

    /** The URLs of the requests WireMock's own request handler serves from now on. */
    private static List<String> listen(MockServer server) {
        List<String> urls = new CopyOnWriteArrayList<>();
        server.wireMock().addMockServiceRequestListener((request, response) -> urls.add(request.getUrl()));
        return urls;
    }
}
