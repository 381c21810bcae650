package org.mplus.tck.report;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.mplus.tck.harness.Finding;

/**
 * Makes what the bridge controls (errMsg, thrown errors, page output) fit every report: cut to a size a CI
 * artifact or a pull request can carry, saying where it was cut, and printable (control characters and broken
 * surrogates, which XML and UTF-8 files cannot hold, become U+FFFD).
 */
final class Clip {

    /** Characters kept of one line. */
    static final int LINE = 2000;
    /** Lines kept of one text. */
    static final int LINES = 60;

    private static final int REPLACEMENT = 0xFFFD;

    private Clip() {
    }

    /** The text with each line cut to {@value #LINE} characters and at most {@value #LINES} lines. */
    static String text(String s) {
        String[] lines = s.split("\n", -1);
        String kept = Arrays.stream(lines).limit(LINES).map(Clip::line).collect(Collectors.joining("\n"));
        return lines.length <= LINES ? kept : kept + "\n… [cut: " + (lines.length - LINES) + " more lines not shown]";
    }

    /** One line cut to {@value #LINE} characters, made printable. */
    static String line(String s) {
        String kept = s;
        if (s.length() > LINE) {
            int end = Character.isHighSurrogate(s.charAt(LINE - 1)) ? LINE - 1 : LINE;
            // No length: the page may have cut the text already, so the kit cannot know the bridge's full length.
            kept = s.substring(0, end) + "… [cut at " + LINE + " characters]";
        }
        return printable(kept);
    }

    static Finding finding(Finding f) {
        return new Finding(f.rule(), f.call(), f.vendor(), text(f.expected()), text(f.seen()));
    }

    private static String printable(String s) {
        return s.codePoints().map(c -> c == '\t' || c == '\n' || c == '\r' ? c
                : Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE || c == 0xFFFE
                        || c == 0xFFFF ? REPLACEMENT : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
