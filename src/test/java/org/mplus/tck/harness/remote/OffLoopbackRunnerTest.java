package org.mplus.tck.harness.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Off loopback the runner, its channel and the kit's CA answer only with the admin token, which the URLs the kit
 * prints (and its QR code) carry; a page connects over plain HTTP, as any WebView's XMLHttpRequest does.
 */
class OffLoopbackRunnerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theRunnerAndCaUrlsCarryTheTokenWithoutWhichNothingAnswers() throws Exception {
        try (RemoteRuns kit = new RemoteRuns("0.0.0.0", Optional.of("127.0.0.1"), Duration.ofSeconds(60))) {
            String url = kit.runnerUrl();
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/__tck/runner/\\?token=[0-9a-f]{16,}"), url);
            String token = url.substring(url.indexOf("?token=") + "?token=".length());
            assertTrue(kit.printed().contains("/__tck/ca.pem?token=" + token), kit.printed());
            String base = url.substring(0, url.indexOf("?"));

            assertEquals(401, get(base).statusCode());
            HttpResponse<String> page = get(url);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("/__tck/runner/runner.js"), page.body());

            String hello = "{\"device\":null,\"page\":null,\"userAgent\":\"a test device\",\"mplus\":\"object\","
                    + "\"answers\":[],\"events\":[],\"left\":false}";
            assertEquals(401, post(base + "channel", hello).statusCode());
            JsonNode adopted = new ObjectMapper().readTree(post(base + "channel?token=" + token, hello).body());
            assertEquals("adopt", adopted.path("kind").asText(), adopted.toString());
            assertTrue(adopted.path("probe").asText().endsWith("/__tck/runner/probe?token=" + token),
                    adopted.toString());
            assertEquals("remote page: a test device", kit.runner().engine().version());
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
