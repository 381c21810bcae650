package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How an error reads: the message, and the ^ under the offending character. */
class ParseErrorTest {

    private static ParseError error(Parsed<?> parsed) {
        return parsed.errorIfInvalid().orElseThrow(() -> new AssertionError("should be invalid: " + parsed));
    }

    @Test
    void anUnknownImgUrlSchemeNamesTheThreeForms() {
        ParseError e = error(ImgUrl.parse("ftp://x/icon.png"));
        assertEquals("expected http://, https://, local: or app_local: at index 0, found \"f\"", e.message());
        assertEquals("ftp://x/icon.png\n^", e.pointer());
        assertEquals("IMGURL-04", e.rule());
    }

    @Test
    void aWrongAppTypeNamesTheThreeAllowed() {
        ParseError e = error(AppLink.parse("mplus://3:x/param"));
        assertEquals("expected app type 1 (ExMobi app), 2 (native app) or 4 (html5 app) at index 8, found \"3\"",
                e.message());
        assertEquals("mplus://3:x/param\n        ^", e.pointer());
    }

    @Test
    void aValueThatStopsTooEarlyIsPointedAtItsEnd() {
        ParseError e = error(AppLink.parse("app_scheme://2:myapp"));
        assertEquals("the end of the input", e.found());
        assertEquals("app_scheme://2:myapp\n                    ^", e.pointer());
    }

    @Test
    void hiddenWhitespaceIsShownAndNamed() {
        ParseError e = error(ImgUrl.parse("local:icon\u3000.png"));
        assertEquals("U+3000 IDEOGRAPHIC SPACE", e.found());
        assertEquals("local:icon\\u3000.png\n          ^", e.pointer());
    }

    @Test
    void thePointerLinesUpUnderChineseText() {
        ParseError e = error(AppLink.parse("app_scheme://1:我的应用/param?类型=a b"));
        assertEquals(30, e.index());
        assertEquals("U+0020 SPACE", e.found());
        // 我的应用 and 类型 are drawn two columns wide each.
        assertEquals("app_scheme://1:我的应用/param?类型=a b\n" + " ".repeat(36) + "^", e.pointer());
    }

    @Test
    void indexCountsUtf16UnitsAsJavaScriptDoes() {
        ParseError e = error(ImgUrl.parse("local:😀 .png"));
        assertEquals(8, e.index());
    }
}
