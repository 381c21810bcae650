package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures are clear messages, and options change what they say they change. */
class StartOptionsTest {

    @Test
    void aBusyPortIsAClearError() {
        try (MockServer first = MockServer.start()) {
            MockStartException e = assertThrows(MockStartException.class,
                    () -> MockServer.start(MockOptions.defaults().withPort(first.port())));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }

    @Test
    void aRootThatIsNoWireMockRootIsAClearError(@TempDir Path dir) throws IOException {
        MockStartException missing = assertThrows(MockStartException.class,
                () -> MockServer.start(MockOptions.defaults().withRoot(dir.resolve("nope"))));
        assertTrue(missing.getMessage().contains("is not a directory"), missing.getMessage());
        MockStartException empty = assertThrows(MockStartException.class,
                () -> MockServer.start(MockOptions.defaults().withRoot(dir)));
        assertTrue(empty.getMessage().contains("neither mappings/ nor __files/"), empty.getMessage());
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/bad.json"), "{ not json");
        MockStartException bad = assertThrows(MockStartException.class,
                () -> MockServer.start(MockOptions.defaults().withRoot(dir)));
        assertTrue(bad.getMessage().startsWith("cannot load the stubs under"), bad.getMessage());
        assertTrue(bad.getMessage().contains("mappings/bad.json is not a valid stub: at line 1, column 3: not JSON"),
                bad.getMessage());
        Files.writeString(dir.resolve("mappings/bad.json"), "{\"request\":{\"url\":\"/a\"},\"response\":{\"status\":\"ok\"}}");
        MockStartException shape = assertThrows(MockStartException.class,
                () -> MockServer.start(MockOptions.defaults().withRoot(dir)));
        assertTrue(shape.getMessage().endsWith("mappings/bad.json is not a valid stub: at /response/status: expected a"
                + " whole number, found String \"ok\""), shape.getMessage());
    }

    @Test
    void badAddedAccountsAreAClearError() {
        MockStartException e = assertThrows(MockStartException.class,
                () -> MockServer.start(MockOptions.defaults().withAccounts("{\"groups\":[{\"groupId\":\"g\"}]}")));
        assertTrue(e.getMessage().contains("groups[].members must be an array"), e.getMessage());
    }

    @Test
    void addedAccountsSurviveReset() {
        String bridgeOwn = "{\"ronglian\":{\"accounts\":[{\"accountSid\":\"vendorsid\",\"authToken\":\"vendortoken\","
                + "\"appId\":\"vendorapp\"}]}}";
        try (MockServer server = MockServer.start(MockOptions.defaults().withAccounts(bridgeOwn))) {
            server.reset();
            RonglianCall call = new RonglianCall(server);
            call.id = "vendorsid";
            call.token = "vendortoken";
            java.util.Map<String, Object> body = RonglianCall.push("1", java.util.List.of(Demo.LISI), "x");
            body.put("appId", "vendorapp");
            assertEquals("000000", call.body(body).send().json().path("statusCode").asText());
        }
    }

    @Test
    void optionsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> MockOptions.defaults().withImType(2));
        assertThrows(IllegalArgumentException.class, () -> MockOptions.defaults().withPort(70_000));
        assertThrows(IllegalArgumentException.class, () -> MockOptions.defaults().withStoreCap(0));
    }

    @Test
    void addedCredentialsNeverReachTheMockClientThatAnyPageReads(@TempDir Path root) throws IOException {
        HotReloadTest.RootCopy.bundled(root);
        Files.writeString(root.resolve("fixture.json"), "{\"signedInUser\":\"zhangsan\",\"users\":[{\"account\":"
                + "\"zhangsan\",\"name\":\"张三\"}],\"xianwei\":{\"apps\":[{\"appKey\":\"demo\",\"token\":\"t\"}]}}");
        String real = "{\"ronglian\":{\"accounts\":[{\"accountSid\":\"realsid\",\"authToken\":\"REAL-SECRET\","
                + "\"appId\":\"realapp\"}]},\"xianwei\":{\"apps\":[{\"appKey\":\"realapp\",\"token\":\"REAL-TOO\"}]}}";
        try (MockServer server = MockServer.start(MockOptions.defaults().withRoot(root).withAccounts(real))) {
            Http.postJson(server.baseUrl() + "/__admin/tck/accounts", real.replace("REAL", "ADDED"));
            Http.Answer client = Http.send("GET", server.baseUrl() + "/__tck/client.json", null);
            assertTrue(server.directory().credential("ronglian", "accountSid", "realsid").isPresent(), "the vendors know the account");
            assertEquals(200, client.status(), client.body());
            assertFalse(client.body().contains("REAL") || client.body().contains("ADDED"), client.body());
            assertTrue(client.json().path("ronglian").isNull(), client.body());
            assertEquals("t", client.json().path("xianwei").path("token").asText(), client.body());
        }
    }
}
