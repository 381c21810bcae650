package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplus.tck.mock.ronglian.RonglianError;
import org.mplus.tck.mock.xianwei.XianweiError;

/** Runtime faults, through the facade and the admin API: each type, for all traffic and for one account. */
class FaultTest extends SharedMock {


    private static Http.Answer pushTo(String receiver) {
        return new RonglianCall(server).body(RonglianCall.push("1", List.of(receiver), "x")).send();
    }

    private static Http.Answer xianweiTo(String receiver) {
        return new XianweiCall(server).body(XianweiCall.message("single", receiver, "x")).send();
    }

    @Test
    void aVendorErrorForAllAnswersTheVendorsServerErrorAndDeliversNothing() {
        server.faults().add(Fault.vendorError("*"));
        JsonNode r = pushTo(Demo.LISI).json();
        assertEquals(RonglianError.SERVER_ERROR.code(), r.path("statusCode").asText(), r.toString());
        Http.Answer x = xianweiTo(Demo.LISI);
        assertEquals(503, x.status());
        assertEquals(XianweiError.BUSY.code(), x.json().path("code").asText());
        assertTrue(server.deliveries().isEmpty());
        assertEquals(List.of("112500", "50301"),
                server.vendorRequests().stream().map(VendorRequest::outcomeCode).toList());
    }

    @Test
    void aVendorErrorForOneAccountLeavesTheOthersAlone() {
        server.faults().add(Fault.vendorError("ronglian", "112110", "接收方不存在").forAccount(Demo.WANGWU));
        assertEquals("112110", pushTo(Demo.WANGWU).json().path("statusCode").asText());
        assertEquals("000000", pushTo(Demo.LISI).json().path("statusCode").asText());
        assertEquals(0, xianweiTo(Demo.WANGWU).json().path("code").asInt(-1), "the fault is 容联云's only");
        assertEquals(List.of(Demo.LISI, Demo.WANGWU), server.deliveries().stream().map(Delivery::to).toList());
    }

    @Test
    void aChosenXianweiCodeTravelsWithItsHttpStatus() {
        server.faults().add(Fault.vendorError("xianwei", "40401", "没有这个人"));
        Http.Answer a = xianweiTo(Demo.LISI);
        assertEquals(404, a.status());
        assertEquals("没有这个人", a.json().path("msg").asText());
    }

    @Test
    void latencyDelaysThenAnswersNormallyAndDelivers() {
        server.faults().add(Fault.latency("*", 400).forAccount(Demo.LISI));
        long t0 = System.nanoTime();
        assertEquals("000000", pushTo(Demo.LISI).json().path("statusCode").asText());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 400, "answered after " + ms + " ms");
        assertEquals(1, server.deliveries().size());
    }

    @Test
    void slowAnswersHoldNoServerThreadSoTheAdminApiAnswersAtOnce() throws Exception {
        int slow = 50;
        server.faults().add(Fault.latency("*", 5000));
        long t0 = System.nanoTime();
        XianweiCall call = new XianweiCall(server);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            answers.add(Http.CLIENT.sendAsync(Http.request(call.base + call.path)
                    .header("Content-Type", call.contentType).header("Authorization", call.authorization)
                    .header("X-Xianwei-App", call.app).POST(HttpRequest.BodyPublishers.ofString(call.body,
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        // each is logged on arrival, before its delay: all of them arrive while the first still waits
        while (server.vendorRequests().size() < slow) {
            assertTrue(System.nanoTime() - t0 < 4_500_000_000L, "only " + server.vendorRequests().size() + " of "
                    + slow + " slow requests reached the mock before the first one's delay was up");
            Thread.sleep(20);
        }
        List<Long> adminMs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long a0 = System.nanoTime();
            assertEquals(200, Http.get(server.baseUrl() + "/__admin/tck/faults").status());
            adminMs.add((System.nanoTime() - a0) / 1_000_000);
        }
        // the goal is 200 ms; the bound leaves room for a loaded machine (a held thread made it 4 s or more)
        assertTrue(adminMs.stream().sorted().toList().get(1) < 1000, "admin API answered in " + adminMs + " ms");
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertEquals(0, Http.JSON.readTree(answer.get(30, TimeUnit.SECONDS).body()).path("code").asInt(-1));
        }
        assertTrue(System.nanoTime() - t0 >= 5_000_000_000L, "the delay was kept");
        assertEquals(slow, server.deliveries().size());
    }

    @Test
    void connectionResetGivesNoAnswerAndDeliversNothing() {
        server.faults().add(Fault.connectionReset("*"));
        assertThrows(UncheckedIOException.class, () -> pushTo(Demo.LISI));
        assertThrows(UncheckedIOException.class, () -> new XianweiCall(server).get("/im/v1/users/lisi").send());
        assertTrue(server.deliveries().isEmpty());
        // java.net.http retries an idempotent GET once after a reset, so count kinds, not requests
        assertEquals(java.util.Set.of("connection-reset"),
                server.vendorRequests().stream().map(VendorRequest::outcomeCode).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void malformedResponseIsNotJsonAndDeliversNothing() {
        server.faults().add(Fault.malformedResponse("xianwei").forAccount(Demo.GROUP));
        Http.Answer a = new XianweiCall(server).get("/im/v1/groups/" + Demo.GROUP).send();
        assertEquals(200, a.status());
        assertThrows(IOException.class, () -> Http.JSON.readTree(a.body()), a.body());
        Http.Answer s = new XianweiCall(server).body(XianweiCall.message("group", Demo.GROUP, "x")).send();
        assertThrows(IOException.class, () -> Http.JSON.readTree(s.body()), s.body());
        assertTrue(server.deliveries().isEmpty());
        assertEquals(0, new XianweiCall(server).get("/im/v1/users/lisi").send().json().path("code").asInt(-1));
    }

    @Test
    void aRefusedRequestKeepsItsOwnErrorUnderAFault() {
        server.faults().add(Fault.connectionReset("*"));
        RonglianCall call = new RonglianCall(server);
        call.sig = "00";
        assertEquals(RonglianError.SIG_MISMATCH.code(), call.send().json().path("statusCode").asText());
    }

    @Test
    void removingAndClearingFaultsRestoresNormalService() {
        String id = server.faults().add(Fault.vendorError("*"));
        server.faults().add(Fault.connectionReset("xianwei"));
        assertEquals(2, server.faults().list().size());
        assertTrue(server.faults().remove(id));
        assertFalse(server.faults().remove(id));
        assertEquals("000000", pushTo(Demo.LISI).json().path("statusCode").asText());
        server.faults().clear();
        assertEquals(0, xianweiTo(Demo.LISI).json().path("code").asInt(-1));
        assertTrue(server.faults().list().isEmpty());
    }

    @Test
    void theAdminApiSwitchesFaultsOnAndOff() throws IOException {
        String faults = server.baseUrl() + "/__admin/tck/faults";
        Http.Answer added = Http.postJson(faults,
                "{\"vendor\":\"ronglian\",\"account\":\"lisi\",\"type\":\"vendor-error\",\"code\":112999,\"message\":\"坏了\"}");
        assertEquals(201, added.status(), added.body());
        String id = added.json().path("id").asText();
        JsonNode r = pushTo(Demo.LISI).json();
        assertEquals(List.of("112999", "坏了"), List.of(r.path("statusCode").asText(), r.path("statusMsg").asText()));
        JsonNode list = Http.get(faults).json().path("faults");
        assertEquals(1, list.size());
        assertEquals("lisi", list.get(0).path("account").asText());
        Http.Answer removed = Http.send(Http.request(faults + "/" + id).DELETE());
        assertEquals(200, removed.status());
        assertEquals(404, Http.send(Http.request(faults + "/" + id).DELETE()).status());
        Http.postJson(faults, "{\"type\":\"connection-reset\"}");
        assertEquals(1, server.faults().list().size());
        assertEquals(200, Http.send(Http.request(faults).method("DELETE", HttpRequest.BodyPublishers.noBody())).status());
        assertEquals("000000", pushTo(Demo.LISI).json().path("statusCode").asText());
        assertTrue(server.events().stream().anyMatch(e -> e.type().equals("fault-changed")));
    }

    @Test
    void theAdminApiRefusesABadFaultAndSaysWhy() {
        String faults = server.baseUrl() + "/__admin/tck/faults";
        for (String bad : List.of("{\"type\":\"meltdown\"}", "{\"type\":\"latency\"}",
                "{\"type\":\"vendor-error\",\"vendor\":\"wechat\"}", "{\"type\":\"vendor-error\",\"code\":\"000000\"}",
                "{\"type\":\"latency\",\"delayMs\":\"soon\"}", "not json")) {
            Http.Answer a = Http.postJson(faults, bad);
            assertEquals(400, a.status(), bad + " → " + a.body());
            assertFalse(a.json().path("error").asText().isEmpty(), a.body());
        }
        assertTrue(server.faults().list().isEmpty());
    }
}
