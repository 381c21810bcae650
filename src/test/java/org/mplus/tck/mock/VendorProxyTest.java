package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.mock.proxy.KitCertificateAuthority;
import org.mplus.tck.mock.proxy.VendorProxy;
import org.mplus.tck.spec.Catalog;

/**
 * The mock as a device's HTTP(S) proxy: the vendors' hosts, over HTTPS through the proxy, are answered by the mock
 * as direct requests are; any other host gets a 403 and no connection leaves the machine.
 */
class VendorProxyTest {

    @TempDir
    static Path settings;
    static MockServer server;
    static SSLContext trustingTheKit;
    static HttpClient viaProxy;

    @BeforeAll
    static void start() throws Exception {
        server = MockServer.start(MockOptions.defaults().withProxy(settings.resolve("ca.jks")));
        trustingTheKit = server.proxy().orElseThrow().ca().clientContext();
        viaProxy = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port())))
                .sslContext(trustingTheKit).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return viaProxy.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<URI> vendorHosts(String code) {
        return Catalog.standard().vendorByCode(code).orElseThrow().hosts();
    }

    @Test
    void eachRonglianHostThroughTheProxyIsTheMock() throws Exception {
        List<URI> hosts = vendorHosts("ronglian");
        assertEquals(3, hosts.size(), "the catalog's 容联云 hosts: " + hosts);
        for (URI host : hosts) {
            RonglianCall call = new RonglianCall(server);
            call.base = host.toString();
            call.body(RonglianCall.push("1", List.of(Demo.LISI), "经代理 " + host.getHost()));
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(call.url()))
                    .header("Authorization", org.mplus.tck.mock.ronglian.RonglianSignature.sign(call.id, call.token,
                            call.at).authorization())
                    .header("Content-Type", call.contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(call.body, StandardCharsets.UTF_8)));
            assertEquals(200, r.statusCode(), host + ": " + r.body());
            assertEquals("000000", Http.JSON.readTree(r.body()).path("statusCode").asText(), host + ": " + r.body());
        }
        assertEquals(List.of("经代理 app.cloopen.com", "经代理 sandboxapp.cloopen.com", "经代理 imapp.yuntongxun.com"),
                server.deliveries().stream().map(Delivery::content).toList());
        assertTrue(server.deliveries().stream().allMatch(d -> d.to().equals(Demo.LISI)), server.deliveries()
                .toString());
    }

    @Test
    void theXianweiHostThroughTheProxyIsTheMock() throws Exception {
        URI host = vendorHosts("xianwei").get(0);
        HttpResponse<String> r = send(HttpRequest.newBuilder(host.resolve("/im/v1/messages"))
                .header("Authorization", "Bearer " + Demo.XW_TOKEN).header("X-Xianwei-App", Demo.XW_APP)
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(XianweiCall.message("single", Demo.LISI,
                        "经代理 你好")), StandardCharsets.UTF_8)));
        assertTrue(r.statusCode() / 100 == 2, host + ": HTTP " + r.statusCode() + " " + r.body());
        assertEquals(List.of("经代理 你好"), server.deliveries().stream().map(Delivery::content).toList());
        assertEquals(List.of("xianwei"), server.vendorRequests().stream().map(VendorRequest::vendor)
                .toList());
    }

    @Test
    void anotherHostOverHttpsIsRefusedWithAnAnswerThatSaysWhy() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("https://example.org/")).GET());
        assertEquals(403, r.statusCode(), r.body());
        JsonNode body = Http.JSON.readTree(r.body());
        assertTrue(body.path("error").asText().contains("never forwards traffic to the internet"), r.body());
        assertTrue(body.path("error").asText().contains("https://example.org:443 is not a vendor's host"), r.body());
        assertTrue(body.path("vendorHosts").toString().contains("https://app.cloopen.com:8883"), r.body());
        assertTrue(body.path("vendorHosts").toString().contains("https://api.xianwei-im.example:443"), r.body());
        assertTrue(server.vendorRequests().isEmpty(), "a refused request reaches no vendor endpoint");
    }

    @Test
    void aVendorPathOnAnotherHostIsRefusedToo() throws Exception {
        RonglianCall call = new RonglianCall(server);
        call.base = "https://app.cloopen.com.evil.example:8883";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(call.url()))
                .POST(HttpRequest.BodyPublishers.ofString(call.body, StandardCharsets.UTF_8)));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(server.vendorRequests().isEmpty(), server.vendorRequests().toString());
    }

    @Test
    void nothingLeavesTheMachineForAnotherHostOverHttpOrThroughATunnel() throws Exception {
        try (ServerSocket elsewhere = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            AtomicInteger arrived = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!elsewhere.isClosed()) {
                    try (Socket s = elsewhere.accept()) {
                        arrived.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "elsewhere");
            listener.start();
            String target = "127.0.0.1:" + elsewhere.getLocalPort();

            HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create("http://" + target + "/x")).GET());
            assertEquals(403, plain.statusCode(), plain.body());
            assertTrue(plain.body().contains("http://" + target + " is not a vendor's host"), plain.body());

            String tunnelled = throughATunnel(target);
            assertTrue(tunnelled.startsWith("HTTP/1.1 403"), tunnelled);
            assertTrue(tunnelled.contains("https://" + target + " is not a vendor's host"), tunnelled);

            // each answer came after any connection the mock would have made for it
            assertEquals(0, arrived.get(), "a connection reached the other host's port");
        }
    }

    /** CONNECT to {@code target}, TLS inside the tunnel trusting the kit's CA, one GET: the raw answer. */
    private static String throughATunnel(String target) throws Exception {
        try (Socket proxy = new Socket("127.0.0.1", server.port())) {
            proxy.setSoTimeout(15_000);
            OutputStream out = proxy.getOutputStream();
            out.write(("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String established = readHead(proxy.getInputStream());
            assertTrue(established.startsWith("HTTP/1.1 200"), "CONNECT: " + established);
            try (SSLSocket tls = (SSLSocket) trustingTheKit.getSocketFactory().createSocket(proxy, "127.0.0.1",
                    server.port(), false)) {
                tls.startHandshake(); // the chain must lead to the kit's CA
                tls.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + target + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                tls.getOutputStream().flush();
                return new String(tls.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }

    @Test
    void aPathNoStubTakesOnAVendorHostIsAnsweredHereNotSentOn() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("https://app.cloopen.com:8883/no/such/path"))
                .GET());
        // WireMock's pass-through, were it on, would send it to the real host (a 500 where that cannot be reached)
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("Request was not matched"), r.body());
    }

    @Test
    void theCaIsServedAsPemAndKeptForTheNextStart() throws Exception {
        X509Certificate served = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(Http.get(server.baseUrl() + VendorProxy.CA_PATH).body()
                        .getBytes(StandardCharsets.US_ASCII)));
        KitCertificateAuthority ca = server.proxy().orElseThrow().ca();
        assertEquals(ca.certificate(), served);
        assertEquals("application/x-x509-ca-cert", Http.get(server.baseUrl() + VendorProxy.CA_PATH)
                .header("Content-Type"));
        assertEquals(settings.resolve("ca.jks").toAbsolutePath(), ca.keystore());
        if (Files.getFileStore(settings).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ca.keystore())));
        }
        try (MockServer again = MockServer.start(MockOptions.defaults().withProxy(settings.resolve("ca.jks")))) {
            assertEquals(ca.certificate(), again.proxy().orElseThrow().ca().certificate(),
                    "one CA per installation: the second start reads the first one's");
        }
    }

    @Test
    void withAnAdminTokenTheCaPageNeedsIt() {
        try (MockServer guarded = MockServer.start(MockOptions.defaults().withAdminToken("s3cret")
                .withProxy(settings.resolve("ca.jks")))) {
            Http.Answer without = Http.get(guarded.baseUrl() + VendorProxy.CA_PATH);
            assertEquals(401, without.status(), without.body());
            assertTrue(without.body().contains("?token="), without.body());
            assertEquals(401, Http.get(guarded.baseUrl() + VendorProxy.CA_PATH + "?token=wrong").status());
            Http.Answer with = Http.get(guarded.baseUrl() + VendorProxy.CA_PATH + "?token=s3cret");
            assertEquals(200, with.status(), with.body());
            assertTrue(with.body().startsWith("-----BEGIN CERTIFICATE-----"), with.body());
        }
    }

    @Test
    void theTunnelsEndListensOnLoopbackOnly() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc/net/tcp");
        Map<Integer, Boolean> before = ownListeners();
        try (MockServer another = MockServer.start(MockOptions.defaults().withProxy(settings.resolve("ca.jks")))) {
            Map<Integer, Boolean> opened = new HashMap<>(ownListeners());
            opened.keySet().removeAll(before.keySet());
            assertEquals(Boolean.FALSE, opened.get(another.port()), "the mock's own port, on loopback: " + opened);
            assertTrue(opened.size() >= 2, "the mock's port and the tunnels' end: " + opened);
            assertFalse(opened.containsValue(Boolean.TRUE), "a port open on every interface: " + opened);
        }
    }

    /** The TCP ports this process listens on, each with whether on a wildcard address (every interface). */
    private static Map<Integer, Boolean> ownListeners() throws IOException {
        Set<String> sockets = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        sockets.add(link.substring("socket:[".length(), link.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Map<Integer, Boolean> listening = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && sockets.contains(f[9])) { // 0A: LISTEN
                    listening.put(Integer.parseInt(local[1], 16), local[0].matches("0+"));
                }
            }
        }
        return listening;
    }

    @Test
    void withoutTheProxyTheMockIsNoProxy() {
        try (MockServer plain = MockServer.start()) {
            assertFalse(plain.proxy().isPresent());
            assertEquals(404, Http.get(plain.baseUrl() + VendorProxy.CA_PATH).status());
        }
    }
}
