package org.mplus.tck.spec;

/**
 * Why a value is not in its format, pinned to one character.
 *
 * <p>{@code index} is the 0-based UTF-16 index (as JavaScript counts) of the first character at which the
 * value leaves the format: its first {@code index} characters still begin some valid value, its first
 * {@code index + 1} do not. When the value stops too early, {@code index} is its length.
 *
 * @param input    the value as given
 * @param index    where it leaves the format
 * @param expected what the format allows there, e.g. "app type 1 (ExMobi app), 2 (native app) or 4 (html5 app)"
 * @param found    what is there instead, e.g. "\"3\"", "the end of the input", "U+3000 IDEOGRAPHIC SPACE"
 * @param rule     the rule the value breaks, e.g. LINK-01
 */
public record ParseError(String input, int index, String expected, String found, String rule) {

    public ParseError {
        if (index < 0 || index > input.length()) {
            throw new IllegalArgumentException("index " + index + " is outside \"" + input + "\"");
        }
    }

    static ParseError at(String input, int index, String expected, String rule) {
        return new ParseError(input, index, expected, describe(input, index), rule);
    }

    /** "expected … at index 8, found \"3\"". */
    public String message() {
        return "expected " + expected + " at index " + index + ", found " + found;
    }

    /** Two lines: the input (hidden characters written \\uXXXX) and a ^ under the offending character. */
    public String pointer() {
        return VisibleText.render(input) + "\n" + " ".repeat(VisibleText.column(input, index)) + "^";
    }

    private static String describe(String input, int index) {
        if (index == input.length()) {
            return "the end of the input";
        }
        int cp = input.codePointAt(index);
        return VisibleText.isHidden(cp) || cp == ' '
                ? String.format("U+%04X %s", cp, Character.getName(cp))
                : "\"" + new String(Character.toChars(cp)) + "\"";
    }
}
