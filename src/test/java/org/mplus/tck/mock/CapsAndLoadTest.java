package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The journal and the kit's logs are bounded; under concurrent load nothing accepted is lost. */
class CapsAndLoadTest {

    @Test
    void theWireMockJournalKeepsOnlyItsCap() {
        try (MockServer server = MockServer.start(MockOptions.defaults().withJournalCap(5))) {
            for (int i = 0; i < 20; i++) {
                Http.get(server.baseUrl() + "/__tck/client.json");
            }
            assertEquals(5, Http.get(server.baseUrl() + "/__admin/requests").json().path("requests").size());
            assertEquals(5, server.wireMock().getAllServeEvents().size());
        }
    }

    @Test
    void theStoreKeepsTheNewestAndSeqNeverRestarts() {
        try (MockServer server = MockServer.start(MockOptions.defaults().withStoreCap(10))) {
            for (int i = 0; i < 25; i++) {
                new RonglianCall(server).send();
            }
            List<Delivery> kept = server.deliveries();
            assertEquals(10, kept.size());
            assertEquals(25, kept.get(9).seq());
            assertEquals(10, server.vendorRequests().size());
            assertEquals(10, server.events().size());
            server.reset();
            new RonglianCall(server).send();
            assertEquals(26, server.deliveries().get(0).seq(), "a poller's after=N stays valid across reset");
        }
    }

    @Test
    void concurrentSendsLoseNothing() throws Exception {
        int threads = 8;
        int each = 500;
        try (MockServer server = MockServer.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> accepted = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                accepted.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        String content = worker + ":" + i;
                        // every third send is refused (unknown receiver) so refusals are mixed into the load
                        boolean bad = i % 3 == 0;
                        Http.Answer a = worker % 2 == 0
                                ? new RonglianCall(server).body(RonglianCall.push("1",
                                        List.of(bad ? "nobody" : Demo.LISI), content)).send()
                                : new XianweiCall(server).body(XianweiCall.message("single",
                                        bad ? "nobody" : Demo.LISI, content)).send();
                        String code = a.json().path(worker % 2 == 0 ? "statusCode" : "code").asText();
                        if (code.equals("000000") || code.equals("0")) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "the load did not finish in 2 minutes");
            int total = 0;
            for (Future<Integer> f : accepted) {
                total += f.get();
            }
            List<Delivery> stored = server.deliveries();
            assertEquals(threads * (each - (each + 2) / 3), total);
            assertEquals(total, stored.size(), "store count equals accepted count");
            Set<String> contents = new HashSet<>();
            stored.forEach(d -> contents.add(d.content()));
            assertEquals(total, contents.size(), "no delivery stored twice");
            assertEquals(threads * each, server.vendorRequests().size());
            Set<Long> seqs = new HashSet<>();
            stored.forEach(d -> seqs.add(d.seq()));
            assertEquals(total, seqs.size());
        }
    }
}
