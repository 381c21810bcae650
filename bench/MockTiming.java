import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/**
 * Measures what the harness pays per worker and per scenario: MockServer start, reset and close, and the
 * memory the process holds after a load of signed sends with the journal capped. Run by bench/mock-timing.sh.
 */
public class MockTiming {

    static final String SID = "aaf98f8952f7367a0153084e29b80d9c";
    static final String TOKEN = "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b";

    public static void main(String[] args) throws Exception {
        int load = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        long t0 = System.nanoTime();
        MockServer first = MockServer.start();
        System.out.printf("first start in a fresh JVM: %.0f ms%n", ms(t0));
        t0 = System.nanoTime();
        first.close();
        System.out.printf("first close: %.0f ms%n", ms(t0));

        List<Double> starts = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            t0 = System.nanoTime();
            MockServer s = MockServer.start();
            starts.add(ms(t0));
            t0 = System.nanoTime();
            s.close();
            closes.add(ms(t0));
        }
        System.out.printf("warm start, 20 runs: median %.1f ms, max %.1f ms%n", median(starts), max(starts));
        System.out.printf("close, 20 runs: median %.1f ms, max %.1f ms%n", median(closes), max(closes));

        try (MockServer server = MockServer.start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Double> resets = new ArrayList<>();
            for (int round = 0; round < 200; round++) {
                for (int i = 0; i < 5; i++) {
                    push(client, server, "r" + i);
                }
                t0 = System.nanoTime();
                server.reset();
                resets.add(ms(t0));
            }
            System.out.printf("reset after 5 sends, 200 runs: median %.3f ms, max %.3f ms%n", median(resets),
                    max(resets));
        }

        try (MockServer server = MockServer.start(MockOptions.defaults().withJournalCap(1000).withStoreCap(10_000))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            t0 = System.nanoTime();
            for (int i = 0; i < load; i++) {
                push(client, server, "m" + i);
            }
            double took = ms(t0);
            System.gc();
            Thread.sleep(200);
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("%d signed pushes, one client thread: %.1f s (%.0f/s); kept %d deliveries, journal %d%n",
                    load, took / 1000, load / (took / 1000), server.deliveries().size(),
                    server.wireMock().getAllServeEvents().size());
            System.out.printf("after GC: heap used %d MB; process resident %s (server and client in one JVM)%n",
                    heap >> 20, rss());
        }
    }

    static void push(HttpClient client, MockServer server, String content) throws Exception {
        RonglianSignature s = RonglianSignature.sign(SID, TOKEN);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/2013-12-26/Accounts/" + SID + "/IM/PushMsg?sig=" + s.sig()))
                .header("Authorization", s.authorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pushType\":1,\"appId\":\"8aaf07085f5c54cf015f5c8ca1ab0001\","
                        + "\"sender\":\"zhangsan\",\"receiver\":[\"lisi\"],\"msgType\":1,\"msgContent\":\"" + content + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!r.body().contains("000000")) {
            throw new IllegalStateException("refused: " + r.body());
        }
    }

    static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("unknown");
    }

    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static double max(List<Double> xs) {
        return Collections.max(xs);
    }
}
