import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/**
 * Whether the mock keeps every message under load: CLIENTS threads, each on its own connection, send MESSAGES
 * signed 容联云 PushMsgs in all, each with a text of its own; then the store is read back and every text counted.
 * Lost: answered 000000 but not in the store; duplicated: in the store more than once; stray: in the store but
 * never answered 000000. Meanwhile a watcher thread times the admin API, which must not wait behind the load.
 * Run by bench/mock-reliability.sh: java -cp mplus-tck.jar bench/Reliability.java BASE MESSAGES CLIENTS
 */
public class Reliability {

    static final String SID = "aaf98f8952f7367a0153084e29b80d9c";
    static final String TOKEN = "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b";
    static final String APP = "8aaf07085f5c54cf015f5c8ca1ab0001";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int messages = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> acceptedTexts = Collections.synchronizedList(new ArrayList<>(messages));
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Long> adminMs = Collections.synchronizedList(new ArrayList<>());
        Thread watcher = new Thread(() -> {
            HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            while (loading.get()) {
                long t0 = System.nanoTime();
                try {
                    admin.send(HttpRequest.newBuilder(URI.create(base + "/__admin/tck/faults")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    adminMs.add((System.nanoTime() - t0) / 1_000_000);
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                // one client per thread, so one connection each: 64 threads, 64 connections at once
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                long n;
                while ((n = next.getAndIncrement()) < messages) {
                    String text = "m" + n + " 你好 👋";
                    RonglianSignature s = RonglianSignature.sign(SID, TOKEN);
                    String body = "{\"pushType\":\"1\",\"appId\":\"" + APP + "\",\"sender\":\"zhangsan\","
                            + "\"receiver\":[\"lisi\"],\"msgType\":\"1\",\"msgContent\":\"" + text + "\"}";
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/2013-12-26/Accounts/" + SID + "/IM/PushMsg?sig=" + s.sig()))
                                .header("Authorization", s.authorization())
                                .header("Content-Type", "application/json;charset=utf-8")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        if (r.statusCode() == 200 && r.body().contains("\"000000\"")) {
                            accepted.incrementAndGet();
                            acceptedTexts.add(text);
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        loading.set(false);
        watcher.join();

        HttpClient http = HttpClient.newHttpClient();
        JsonNode store = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base
                + "/__admin/tck/deliveries")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body()).path("deliveries");
        Map<String, Integer> stored = new HashMap<>();
        store.forEach(d -> stored.merge(d.path("content").asText(), 1, Integer::sum));
        long lost = acceptedTexts.stream().filter(t -> !stored.containsKey(t)).count();
        long duplicated = stored.values().stream().filter(k -> k > 1).mapToLong(k -> k - 1).sum();
        java.util.Set<String> acceptedSet = new java.util.HashSet<>(acceptedTexts);
        long stray = stored.keySet().stream().filter(t -> !acceptedSet.contains(t)).count();
        List<Long> sorted = new ArrayList<>(adminMs);
        Collections.sort(sorted);
        System.out.printf("sent %d signed PushMsgs from %d concurrent clients in %.1f s (%.0f/s)%n", messages, clients,
                seconds, messages / seconds);
        System.out.printf("answered 000000: %d; refused: %d; no answer (timeout, reset): %d%n", accepted.get(),
                refused.get(), failed.get());
        System.out.printf("in the store: %d deliveries, %d distinct texts%n", store.size(), stored.size());
        System.out.printf("lost: %d; duplicated: %d; stored but never accepted: %d%n", lost, duplicated, stray);
        if (!sorted.isEmpty()) {
            System.out.printf("admin API during the load: %d calls, median %d ms, p99 %d ms, max %d ms%n",
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1,
                            Math.round(sorted.size() * 0.99))), sorted.get(sorted.size() - 1));
        }
    }
}
