package org.mplus.tck.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/** One 先维IM request, authorised like a real client by default; each part can be spoiled. */
final class XianweiCall {

    String base;
    String path = "/im/v1/messages";
    String method = "POST";
    String contentType = "application/json;charset=utf-8";
    String authorization = "Bearer " + Demo.XW_TOKEN;
    String app = Demo.XW_APP;
    String body;

    XianweiCall(MockServer server) {
        this.base = server.baseUrl();
        this.body = Http.json(message("single", Demo.LISI, "你好"));
    }

    static Map<String, Object> message(String chatType, String to, String content) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", Demo.ME);
        m.put("to", to);
        m.put("chatType", chatType);
        m.put("msgType", "text");
        m.put("content", content);
        return m;
    }

    XianweiCall body(Map<String, Object> json) {
        this.body = Http.json(json);
        return this;
    }

    XianweiCall get(String lookupPath) {
        this.method = "GET";
        this.path = lookupPath;
        this.body = null;
        this.contentType = null;
        return this;
    }

    Http.Answer send() {
        return Http.send(method, base + path, body, "Content-Type", contentType, "Authorization", authorization,
                "X-Xianwei-App", app);
    }
}
