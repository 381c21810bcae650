package org.mplus.tck.spec;

import java.nio.charset.StandardCharsets;

/**
 * The longest message text a vendor's send API takes, in the vendor's own unit: 容联云 counts bytes of UTF-8, 先维IM
 * characters (code points). A bridge that measures in another unit (UTF-16 units, say) cuts or refuses at the wrong
 * place; the kit probes the exact boundary with a multi-byte character at the end.
 *
 * @param max  the longest length accepted
 * @param unit what a length counts
 */
public record MessageLimit(int max, Unit unit) {

    public enum Unit {
        UTF8_BYTES("utf8-bytes", "bytes of UTF-8"),
        CODE_POINTS("code-points", "characters");

        private final String code;
        private final String words;

        Unit(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public static Unit of(String code) {
            for (Unit u : values()) {
                if (u.code.equals(code)) {
                    return u;
                }
            }
            throw new CatalogError("unknown message-limit unit \"" + code + "\" (utf8-bytes or code-points)");
        }

        /** How a message names the unit: "bytes of UTF-8". */
        public String words() {
            return words;
        }

        int length(String text) {
            return this == UTF8_BYTES ? text.getBytes(StandardCharsets.UTF_8).length
                    : text.codePointCount(0, text.length());
        }
    }

    public int length(String text) {
        return unit.length(text);
    }

    /** A message of exactly the limit that ends in {@code tail}, filled with ASCII letters before it. */
    public String longestAccepted(String tail) {
        return filledTo(max, tail);
    }

    /** A message one unit over the limit that ends in {@code tail}. */
    public String shortestRefused(String tail) {
        return filledTo(max + 1, tail);
    }

    private String filledTo(int length, String tail) {
        int fill = length - unit.length(tail);
        if (fill < 0) {
            throw new IllegalArgumentException("\"" + tail + "\" is longer than " + length + " " + unit.words);
        }
        StringBuilder text = new StringBuilder(length + tail.length());
        for (int i = 0; i < fill; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.append(tail).toString();
    }

    /** "2048 bytes of UTF-8". */
    public String describe() {
        return max + " " + unit.words;
    }
}
