package org.mplus.tck.mock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/**
 * One 容联云 request, signed like a real client by default; each part can be spoiled to test one error.
 */
final class RonglianCall {

    String base;
    String level = "Accounts";
    String id = Demo.ACCOUNT_SID;
    String token = Demo.AUTH_TOKEN;
    String endpoint = "/IM/PushMsg";
    String method = "POST";
    String contentType = "application/json;charset=utf-8";
    Instant at = Instant.now();
    String sig;
    String authorization;
    String body;

    RonglianCall(MockServer server) {
        this.base = server.baseUrl();
        this.body = Http.json(push("1", List.of(Demo.LISI), "你好"));
    }

    static Map<String, Object> push(Object pushType, List<String> receivers, String content) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pushType", pushType);
        m.put("appId", Demo.APP_ID);
        m.put("sender", Demo.ME);
        m.put("receiver", receivers);
        m.put("msgType", "1");
        m.put("msgContent", content);
        return m;
    }

    RonglianCall body(Map<String, Object> json) {
        this.body = Http.json(json);
        return this;
    }

    RonglianCall rawBody(String text) {
        this.body = text;
        return this;
    }

    RonglianCall endpoint(String value) {
        this.endpoint = value;
        return this;
    }

    String url() {
        RonglianSignature s = RonglianSignature.sign(id, token, at);
        return base + "/2013-12-26/" + level + "/" + id + endpoint + (sig == null ? "?sig=" + s.sig()
                : sig.isEmpty() ? "" : "?sig=" + sig);
    }

    Http.Answer send() {
        String auth = authorization == null ? RonglianSignature.sign(id, token, at).authorization() : authorization;
        return Http.send(method, url(), body, "Accept", "application/json", "Content-Type", contentType,
                "Authorization", auth.isEmpty() ? null : auth);
    }
}
