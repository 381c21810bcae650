package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.cli.ConformanceRun;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.VendorRoutes;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.spec.BridgeCatalog;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.KitResources;
import org.mplus.tck.spec.SchemaSet;
import org.mplus.tck.spec.TypeScriptDeclarations;

/**
 * A third vendor, added as mock-server/README.md says and in the tests alone: 回声IM (code huisheng, imType 9), a
 * catalog entry (thirdvendor/huisheng.vendor.json) and a plug-in (mock/thirdvendor/). The mock serves it, whatever is
 * derived from the vendor list names it, and it took a handful of files, none of the kit's own.
 */
class ThirdVendorTest {

    private static final String CODE = "huisheng";
    private static final String KEY = "hs-key";
    private static final String HOST = "https://api.huisheng-im.example";

    private static Catalog catalog;
    private static MockServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.withVendors(List.of(KitResources.read("thirdvendor/huisheng.vendor.json")));
        server = MockServer.start(MockOptions.defaults().withVendors(MockVendors.of(catalog.vendors()))
                .withAccounts("{\"" + CODE + "\":{\"keys\":[{\"key\":\"" + KEY + "\"}]}}"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void reset() {
        server.reset();
    }

    @Test
    void theAdminApiListsItAndSwitchesTheMockClientToIt() {
        List<String> codes = new ArrayList<>();
        Http.get(server.baseUrl() + "/__admin/tck/vendors").json().path("vendors")
                .forEach(v -> codes.add(v.path("code").asText()));
        assertEquals(List.of("xianwei", "ronglian", CODE), codes);

        Http.Answer wrong = Http.send("PUT", server.baseUrl() + "/__admin/tck/im-type", "{\"imType\":7}");
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("9 (回声IM)"), wrong.body());

        assertEquals(200, Http.send("PUT", server.baseUrl() + "/__admin/tck/im-type", "{\"imType\":9}").status());
        assertEquals(9, server.imType());
        assertEquals(CODE, server.vendor().code());
        JsonNode client = Http.get(server.baseUrl() + "/__tck/client.json").json();
        assertEquals(9, client.path("imType").asInt(), client.toString());
        assertEquals(9, client.path("vendors").get(2).path("imType").asInt(), client.toString());
    }

    @Test
    void aRequestToItsHostIsAnsweredAndDelivered() {
        URI routed = VendorRoutes.to(URI.create(server.baseUrl()), catalog.vendors())
                .route(URI.create(HOST + "/hs/v1/send")).orElseThrow();
        Http.Answer a = send(routed.toString(), KEY, "lisi", "你好，李四");
        assertEquals(200, a.status(), a.body());
        assertEquals(0, a.json().path("code").asInt(), a.body());
        List<Delivery> delivered = server.deliveries();
        assertEquals(1, delivered.size(), delivered.toString());
        assertEquals(CODE, delivered.get(0).vendor());
        assertEquals("lisi", delivered.get(0).to());
        assertEquals("你好，李四", delivered.get(0).content());
        assertTrue(server.vendorRequests().get(0).accepted());
        assertEquals(1, server.events().stream().filter(e -> e.type().equals("delivered")
                && CODE.equals(e.vendor())).count(), "the console's feed names it");
    }

    @Test
    void itRefusesWithItsOwnErrorsLimitAndFaults() {
        String url = server.baseUrl() + "/hs/v1/send";
        assertEquals(401, send(url, "stolen", "lisi", "hi").json().path("code").asInt());
        assertEquals(4042, send(url, KEY, "nobody", "hi").json().path("code").asInt());
        assertEquals(0, send(url, KEY, "lisi", "字".repeat(500)).json().path("code").asInt(), "500: the catalog's limit");
        assertEquals(4003, send(url, KEY, "lisi", "字".repeat(501)).json().path("code").asInt());
        assertEquals(404, Http.send("GET", server.baseUrl() + "/hs/v2/other", null).json().path("code").asInt(),
                "a path of its own that no stub file names still reaches its model");

        server.faults().add(Fault.vendorError(CODE));
        Http.Answer faulty = send(url, KEY, "lisi", "hi");
        assertEquals(500, faulty.status(), faulty.body());
        assertEquals("server error", faulty.json().path("reason").asText(), faulty.body());
        assertEquals(1, server.deliveries().size(), "only the send within the limit was delivered");
        IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
                () -> server.faults().add(Fault.vendorError("nosuch")));
        assertTrue(nobody.getMessage().contains(CODE), nobody.getMessage());
    }

    @Test
    void whatIsDerivedFromTheVendorListNamesIt() throws IOException {
        assertTrue(TypeScriptDeclarations.render(catalog).contains("imType: 0 | 1 | 9;"), "the typings' union");
        JsonNode schema = catalog.successSchema(catalog.call("getImType").orElseThrow(), new SchemaSet());
        assertEquals("[0,1,9]", schema.path("properties").path("imType").path("enum").toString());
        assertTrue(schema.path("properties").path("imType").path("description").asText().contains("9：回声IM"));
        assertEquals(List.of(server.baseUrl() + "/hs/v1/send"), server.vendors()
                .plugin(catalog.vendor(9).orElseThrow()).endpoints(server.baseUrl(), Optional.empty()));

        try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            HtmlPage console = browser.getPage(server.baseUrl() + "/");
            // drawn last, once the mock client's vendor list came (the page's scripts run on a thread of their own)
            await(browser, () -> console.getElementById("fault-" + CODE + "-latency") != null);
            assertNotNull(console.getElementById("fault-" + CODE + "-latency"), "the console's faults");
            assertNotNull(console.getElementById("vendor-" + CODE), "the console's column");
            console.getElementById("imType9").click();
            await(browser, () -> server.imType() == 9);
            assertEquals(9, server.imType(), "the console's switch");
        }
    }

    /**
     * mplus.js picks each vendor's wire client from its catalog block: with the vendor in the block and no client
     * for it, a call fails saying so, where a choice between two vendors would have sent it to the other's API.
     */
    @Test
    void mplusJsSaysItHasNoWireClientForTheVendor() throws IOException {
        String shipped = KitResources.read("mock-server/__files/mplus.js");
        server.serveFile("/mplus.js", "application/javascript; charset=utf-8",
                BridgeCatalog.splice(shipped, BridgeCatalog.render(catalog)));
        server.serveFile("/__test/third-vendor.html", "text/html; charset=utf-8", """
                <!DOCTYPE html><html><head><meta charset="utf-8"><script src="/mplus.js"></script></head><body>
                <script>
                  document.addEventListener('plusready', function () {
                    mplus.sendChatMessage({ imaccount: 'lisi', message: 'hi',
                      fail: function (res) { document.title = res.errMsg; } });
                  });
                </script></body></html>""");
        server.setImType(9);
        try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            HtmlPage page = browser.getPage(server.baseUrl() + "/__test/third-vendor.html");
            await(browser, () -> !page.getTitleText().isEmpty());
            assertTrue(page.getTitleText().contains("mplus.js 不支持回声IM（imType 9）"), page.getTitleText());
            assertTrue(server.vendorRequests().isEmpty(), "no vendor's API was called: " + server.vendorRequests());
        } finally {
            server.serveFile("/mplus.js", "application/javascript; charset=utf-8", shipped);
        }
    }

    /**
     * The whole suite, judged on it as on the shipped vendors: its bridge is mplus.js with the catalog block that names
     * it and its wire client (thirdvendor/huisheng.bridge.js), and every scenario passes, none skipped, with as many
     * scenarios for each call every vendor offers as 容联云 gets in the same run.
     */
    @Test
    void theWholeSuitePassesOnItWithItsBridge(@TempDir Path dir) throws IOException {
        Path bridge = dir.resolve("mplus-with-huisheng.js");
        Files.writeString(bridge, KitResources.read("thirdvendor/huisheng.bridge.js") + "\n" + BridgeCatalog.splice(
                KitResources.read("mock-server/__files/mplus.js"), BridgeCatalog.render(catalog)));
        RunSettings reference = RunSettings.reference();
        RunSettings settings = new RunSettings(new BridgeSource.ScriptFile(bridge, Files.readString(bridge)),
                reference.engine(), reference.timeout(), Optional.of(List.of(1, 9)), Optional.empty(),
                Optional.empty(), Optional.of(new ObjectMapper().readTree(
                        "{\"" + CODE + "\":{\"keys\":[{\"key\":\"" + KEY + "\"}]}}")));
        List<ScenarioResult> results = new ConformanceRun(settings, catalog, Optional.empty(), 2, Optional.empty())
                .run(r -> { }, RunSetup.of("test", settings, Profile.none(), Optional.empty(), false, Instant.now()))
                .scenarios();

        String failures = results.stream().filter(r -> r.verdict() != Verdict.PASS)
                .map(r -> r.verdict().label() + " " + r.location() + " " + r.name() + "\n  " + r.message())
                .collect(Collectors.joining("\n"));
        assertTrue(failures.isEmpty(), failures);
        Map<Integer, List<ScenarioResult>> byVendor = results.stream()
                .collect(Collectors.groupingBy(r -> r.imType().orElseThrow(), TreeMap::new, Collectors.toList()));
        assertEquals(List.of(1, 9), List.copyOf(byVendor.keySet()));
        assertTrue(byVendor.get(9).stream().allMatch(r -> r.name().endsWith(ScenarioResult.ON + "回声IM")));
        for (Call call : catalog.calls()) {
            Map<Integer, List<String>> where = new TreeMap<>();
            byVendor.forEach((imType, scenarios) -> where.put(imType, scenarios.stream()
                    .filter(r -> r.subject().equals(call.name())).map(ScenarioResult::location).sorted().toList()));
            assertTrue(!where.get(9).isEmpty(), call.name() + " is judged on 回声IM");
            if (call.vendors().contains(9)) {
                assertEquals(where.get(1), where.get(9), call.name() + ": the same scenarios as on 容联云");
            } else {
                assertTrue(!where.get(1).equals(where.get(9)), call.name() + ": that it fails where it is lacking");
            }
        }
        System.out.println("回声IM: " + byVendor.get(9).size() + " scenarios, 容联云: " + byVendor.get(1).size());
    }

    /** Every file of the repository that names the vendor: what adding it took. */
    @Test
    void itTookAHandfulOfFilesNoneOfTheKitsOwn() throws IOException {
        Set<String> naming = new TreeSet<>();
        for (String top : List.of("src", "features", "schemas", "mock-server", "docs", "bench", "README.md", "pom.xml")) {
            try (Stream<Path> files = Files.walk(Path.of(top))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    if (text.contains(CODE) || f.toString().toLowerCase(Locale.ROOT).contains(CODE)) {
                        naming.add(f.toString().replace('\\', '/'));
                    }
                }
            }
        }
        assertEquals(Set.of(
                "src/test/java/org/mplus/tck/mock/ThirdVendorTest.java",
                "src/test/java/org/mplus/tck/mock/thirdvendor/HuishengPlugin.java",
                "src/test/resources/thirdvendor/huisheng.bridge.js",
                "src/test/resources/META-INF/services/org.mplus.tck.mock.VendorPlugin",
                "src/test/resources/thirdvendor/huisheng.vendor.json"), naming,
                "the third vendor: a catalog entry, a plug-in with its model, its service line, its bridge's wire client, "
                        + "this test");
    }

    /** Runs the page's scripts until {@code done} holds, for at most ten seconds. */
    private static void await(WebClient browser, BooleanSupplier done) {
        for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
            browser.waitForBackgroundJavaScript(100);
        }
    }

    private static Http.Answer send(String url, String key, String to, String text) {
        return Http.send("POST", url, Http.json(Map.of("from", "zhangsan", "to", to, "chat", "user",
                "text", text)), "Content-Type", "application/json", "X-Huisheng-Key", key);
    }
}
