package org.mplus.tck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageQuoteTest {

    @Test
    void spacesStayVisibleAndLineBreaksAreEscaped() {
        assertEquals("\"  a\\n\\tb \\\"c\\\"  \"", MessageQuote.of("  a\n\tb \"c\"  "));
    }

    @Test
    void aLongTextShowsItsEndsAndItsLengths() {
        String text = "a".repeat(100) + "完👋";
        assertEquals("\"aaaaaaaaaaaa…aaaaaaaaa完👋\" (102 characters, 107 bytes of UTF-8)", MessageQuote.of(text));
    }

    @Test
    void aBrokenSurrogatePairIsShownAsAnEscape() {
        assertEquals("\"a\\ud83db\"", MessageQuote.of("a\ud83db"));
    }
}
