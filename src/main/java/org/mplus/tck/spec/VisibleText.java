package org.mplus.tck.spec;

/**
 * Shows a value on one terminal line: whitespace other than the plain space, and control characters, are
 * written as \\uXXXX (the notation the feature files use), so that a newline or an ideographic space in a
 * link can be seen and pointed at. Knows how wide each character is drawn, so a pointer lines up under
 * Chinese text too.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String render(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(shown(cp)));
        return out.toString();
    }

    /** The terminal column at which the character at UTF-16 index {@code index} of {@code text} is drawn. */
    public static int column(String text, int index) {
        return text.substring(0, index).codePoints().map(VisibleText::width).sum();
    }

    private static String shown(int cp) {
        return isHidden(cp) ? String.format("\\u%04X", cp) : new String(Character.toChars(cp));
    }

    private static int width(int cp) {
        return isHidden(cp) ? shown(cp).length() : isWide(cp) ? 2 : 1;
    }

    static boolean isHidden(int cp) {
        return cp != ' ' && (FormatScanner.isWhitespace(cp) || Character.isISOControl(cp));
    }

    /** East Asian wide characters (CJK, Hangul, full-width forms, emoji): two columns in a terminal. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
