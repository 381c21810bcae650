package org.mplus.tck.spec;

import java.nio.charset.StandardCharsets;

/**
 * Makes the rest of a link a legal java.net.URI reference. The link format allows characters a URI does
 * not ({, |, a lone %, a second #, …); they are percent-encoded so that a valid link always resolves.
 */
final class UriText {

    private static final String ILLEGAL_ASCII = "\"<>\\^`{|}[]";

    private UriText() {
    }

    static String legal(String text) {
        StringBuilder out = new StringBuilder();
        boolean inFragment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean loneHash = c == '#' && inFragment;
            boolean lonePercent = c == '%' && !(i + 2 < text.length()
                    && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2)));
            if (ILLEGAL_ASCII.indexOf(c) >= 0 || Character.isISOControl(c) || loneHash || lonePercent) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            } else {
                out.append(c);
            }
            inFragment |= c == '#';
        }
        return out.toString();
    }

    static boolean isHex(char c) {
        return c < 128 && Character.digit(c, 16) >= 0;
    }
}
