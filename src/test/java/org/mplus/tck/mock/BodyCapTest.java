package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/**
 * A body over the vendors' 64 KiB is never read whole: refused by its Content-Length before any of it is read,
 * or cut off at the limit when it is streamed, with the vendor's own "body too large" error either way; a body
 * that stops short gets the vendor's malformed-body error, not a server error page.
 */
class BodyCapTest extends SharedMock {

    private static final String XIANWEI_HEAD = "POST /im/v1/messages HTTP/1.1\nHost: 127.0.0.1\n"
            + "Content-Type: application/json\nAuthorization: Bearer " + Demo.XW_TOKEN + "\nX-Xianwei-App: "
            + Demo.XW_APP;

    private static JsonNode json(String answer) throws IOException {
        return Http.JSON.readTree(RawHttp.body(answer));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
        try (RawHttp raw = new RawHttp(server)) {
            // 100 MB announced, 1 KiB sent: an answer now means the rest was never waited for
            String answer = raw.send(XIANWEI_HEAD + "\nContent-Length: 100000000", new byte[1024]).answer();
            assertEquals(413, RawHttp.status(answer), answer);
            assertEquals(41301, json(answer).path("code").asInt(), answer);
        }
        RonglianSignature s = RonglianSignature.sign(Demo.ACCOUNT_SID, Demo.AUTH_TOKEN);
        try (RawHttp raw = new RawHttp(server)) {
            String answer = raw.send("POST /2013-12-26/Accounts/" + Demo.ACCOUNT_SID + "/IM/PushMsg?sig=" + s.sig()
                    + " HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\nAuthorization: "
                    + s.authorization() + "\nContent-Length: 100000000", new byte[1024]).answer();
            assertEquals("112102", json(answer).path("statusCode").asText(), answer);
        }
        assertEquals(2, server.vendorRequests().size(), "both refusals are in the request log");
        assertTrue(server.vendorRequests().stream().allMatch(r -> r.body().isEmpty()), "and no byte of either body");
        assertTrue(server.deliveries().isEmpty());
    }

    @Test
    void anOversizedBodySentWholeStillGetsItsWholeAnswer() {
        // the client sends it all while the answer comes back: if the mock closed with the rest unread, the
        // connection's reset could destroy the answer before the client read it
        for (int i = 0; i < 300; i++) {
            XianweiCall call = new XianweiCall(server);
            call.body = "x".repeat(70_000 + 997 * i);
            Http.Answer a = call.send();
            assertEquals(41301, a.json().path("code").asInt(), "attempt " + i + ": " + a.body());
        }
    }

    @Test
    void aStreamedBodyIsCutOffAtTheLimit() throws IOException {
        try (RawHttp raw = new RawHttp(server)) {
            raw.send(XIANWEI_HEAD + "\nTransfer-Encoding: chunked", new byte[0]);
            byte[] chunk = new byte[16 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 6; i++) { // 96 KiB sent, and the body never ends
                raw.chunk(chunk);
            }
            String answer = raw.answer();
            assertEquals(413, RawHttp.status(answer), answer);
            assertEquals(41301, json(answer).path("code").asInt(), answer);
        }
    }

    @Test
    void aBodyThatStopsShortGetsTheVendorsMalformedBodyError() throws IOException {
        try (RawHttp raw = new RawHttp(server)) {
            String answer = raw.send(XIANWEI_HEAD + "\nContent-Length: 100", "{\"from\":\"zhangsan\",".getBytes(
                    StandardCharsets.UTF_8)).endOutput().answer();
            assertEquals(400, RawHttp.status(answer), answer);
            assertEquals(40001, json(answer).path("code").asInt(), answer);
            assertFalse(answer.contains("<html") || answer.contains("Exception"), answer);
        }
    }

    @Test
    void aBodyAtTheLimitIsReadAndJudgedOnItsContent() {
        String content = "长".repeat(22_000); // 66 000 bytes of UTF-8: over the limit with the rest of the body
        Http.Answer over = new XianweiCall(server).body(XianweiCall.message("single", Demo.LISI, content)).send();
        assertEquals(41301, over.json().path("code").asInt(), over.body());
        String fits = "长".repeat(21_800); // 65 400 bytes: under the limit, over 先维IM's 4096 characters
        Http.Answer under = new XianweiCall(server).body(XianweiCall.message("single", Demo.LISI, fits)).send();
        assertEquals(40005, under.json().path("code").asInt(), under.body());
    }

    @Test
    void aClientCannotClaimItsBodyWasCut() {
        Http.Answer a = Http.send("POST", server.baseUrl() + "/im/v1/messages",
                Http.json(XianweiCall.message("single", Demo.LISI, "你好")), "Content-Type", "application/json",
                "Authorization", "Bearer " + Demo.XW_TOKEN, "X-Xianwei-App", Demo.XW_APP, BodyCap.HEADER, "too-large");
        assertEquals(0, a.json().path("code").asInt(-1), a.body());
    }

    @Test
    void aMultipartStubOfARootStillReadsItsParts() throws IOException {
        // a root's own stub may match multipart parts, which WireMock reads through the servlet request itself
        server.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/upload")
                .withMultipartRequestBody(com.github.tomakehurst.wiremock.client.WireMock.aMultipart("file")
                        .withBody(com.github.tomakehurst.wiremock.client.WireMock.equalTo("hello")))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok("got it")));
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhello\r\n--b--\r\n";
        Http.Answer a = Http.send("POST", server.baseUrl() + "/upload", body,
                "Content-Type", "multipart/form-data; boundary=b");
        assertEquals(200, a.status(), a.body());
        assertEquals("got it", a.body());
    }
}
