package org.mplus.tck.harness;

import java.nio.charset.StandardCharsets;

/**
 * A message text as a failure message shows it: quoted, with line breaks, tabs and other control characters
 * escaped so that a trimmed space or a lost line break is visible; a long text by its head, its tail and its
 * lengths, so that a cut one is told from a whole one without printing kilobytes.
 */
public final class MessageQuote {

    private static final int WHOLE = 80;
    private static final int END = 12;

    private MessageQuote() {
    }

    public static String of(String text) {
        if (text.length() <= WHOLE) {
            return "\"" + escaped(text) + "\"";
        }
        return "\"" + escaped(head(text)) + "…" + escaped(tail(text)) + "\" (" + text.codePointCount(0, text.length())
                + " characters, " + text.getBytes(StandardCharsets.UTF_8).length + " bytes of UTF-8)";
    }

    private static String head(String text) {
        int end = Character.isHighSurrogate(text.charAt(END - 1)) ? END - 1 : END;
        return text.substring(0, end);
    }

    private static String tail(String text) {
        int start = text.length() - END;
        return text.substring(Character.isLowSurrogate(text.charAt(start)) ? start - 1 : start);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c)); // a control character or a broken pair, shown
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
