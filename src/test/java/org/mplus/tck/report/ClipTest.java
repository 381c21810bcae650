package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the bridge controls is cut to size and made printable before any report carries it. */
class ClipTest {

    @Test
    void aLongLineIsCutWithANote() {
        String cut = Clip.text("errMsg: " + "x".repeat(5 * 1024 * 1024));
        assertEquals(Clip.LINE + "… [cut at 2000 characters]".length(), cut.length());
        assertTrue(cut.endsWith("x… [cut at 2000 characters]"), cut.substring(cut.length() - 40));
    }

    @Test
    void shortTextIsLeftAlone() {
        assertEquals("GET-IMTYPE-01 (MUST)\n  seen: fail({\"errMsg\":\"网络错误\"})",
                Clip.text("GET-IMTYPE-01 (MUST)\n  seen: fail({\"errMsg\":\"网络错误\"})"));
    }

    @Test
    void manyLinesAreCutToTheFirstOnes() {
        String cut = Clip.text("line\n".repeat(100) + "last");
        assertEquals(Clip.LINES + 1, cut.split("\n").length);
        assertTrue(cut.endsWith("\n… [cut: 41 more lines not shown]"), cut);
    }

    @Test
    void controlCharactersAndBrokenSurrogatesBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\td 😀", Clip.text("a\u0001b\uD800c\td 😀"));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String cut = Clip.line("x".repeat(Clip.LINE - 1) + "😀😀");
        assertTrue(cut.startsWith("x".repeat(Clip.LINE - 1) + "…"), cut.substring(Clip.LINE - 3, Clip.LINE + 2));
    }
}
