package org.mplus.tck.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes a link's query into the launch parameters an ExMobi or native app receives (LINK-03). */
final class LaunchParameters {

    private LaunchParameters() {
    }

    /** name=value pairs split on &amp;, percent-decoded as UTF-8, in order; first value of a repeated name wins. */
    static Map<String, String> decode(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                out.putIfAbsent(percentDecode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : percentDecode(pair.substring(eq + 1)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * RFC 3986 percent-decoding: + stays +, as in any URI (it is a space only in HTML form bodies). A % not
     * followed by two hex digits is kept as written: the link format allows it, so decoding must not fail.
     */
    static String percentDecode(String s) {
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && UriText.isHex(s.charAt(i + 1)) && UriText.isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.append(bytes.toString(StandardCharsets.UTF_8)).append(s.charAt(i));
                bytes.reset();
            }
        }
        return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }
}
