package org.mplus.tck.spec;

import java.util.function.IntPredicate;

/**
 * A cursor over a value being parsed by hand. Hand-written because the link grammar is not a URL grammar:
 * a generic URL parser reads the ## of ANDROIDAPPID##IOSAPPID as a fragment.
 */
final class FormatScanner {

    /** A value never has whitespace in it, not even past the parts the formats name. */
    static final String NO_WHITESPACE = "no whitespace (a space in a URL is written %20)";

    private final String input;
    private int pos;

    FormatScanner(String input) {
        this.input = input;
    }

    /**
     * The whitespace of ECMAScript's \s, which the JSON Schemas spell out as a class: the JDK's own \s is
     * ASCII only, so the Java parser, the schema and a JavaScript parser agree only on an explicit set.
     */
    static boolean isWhitespace(int c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0
                || c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos == input.length();
    }

    boolean at(char c) {
        return !atEnd() && input.charAt(pos) == c;
    }

    boolean atWhitespace() {
        return !atEnd() && isWhitespace(input.charAt(pos));
    }

    char current() {
        return input.charAt(pos);
    }

    void skip(int n) {
        pos += n;
    }

    /** Moves over as much of {@code literal} as the input has; true if it had all of it. */
    boolean take(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (!at(literal.charAt(i))) {
                return false;
            }
            pos++;
        }
        return true;
    }

    /** Moves over the characters that satisfy {@code p} and returns them (empty if none). */
    String takeWhile(IntPredicate p) {
        int from = pos;
        while (!atEnd() && p.test(input.charAt(pos))) {
            pos++;
        }
        return input.substring(from, pos);
    }

    /** Moves to the first whitespace or to the end; true if it stopped at whitespace. */
    boolean skipToWhitespace() {
        takeWhile(c -> !isWhitespace(c));
        return !atEnd();
    }

    String from(int start) {
        return input.substring(start, pos);
    }

    <T> Parsed<T> fail(String expected, String rule) {
        return new Parsed.Invalid<>(ParseError.at(input, pos, expected, rule));
    }

    static <T> Parsed<T> valid(T value) {
        return new Parsed.Valid<>(value);
    }
}
