package org.mplus.tck.harness.htmlunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HarnessError;

/** A bridge HtmlUnit cannot parse is sent to Chromium only when it uses what HtmlUnit lacks, not for a typo. */
class ParseErrorAdviceTest {

    private static HtmlUnitEngine engine;

    @BeforeAll
    static void start() {
        engine = new HtmlUnitEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String refusal(String source) {
        return assertThrows(HarnessError.class, () -> engine.checkParses("bridge.js", source)).getMessage();
    }

    @Test
    void classAndAsyncGetTheChromiumAdvice() {
        for (String modern : new String[] {"class Bridge {\n  getImType(o) {}\n}",
            "var x = 1;\nasync function f() {\n  await g();\n}", "var f = async () => {\n  await g();\n};"}) {
            String message = refusal(modern);
            assertTrue(message.endsWith("judge this bridge with --engine chromium."), message);
        }
    }

    @Test
    void aPlainSyntaxErrorIsSaidToBeOne() {
        String message = refusal("window.mplus = {\n  getImType: function (o) {\n    o.success({imType: 1}\n  }\n};");
        assertEquals("HtmlUnit cannot parse bridge.js: missing ) after argument list at line 4\n    }\n"
                + "  no syntax HtmlUnit lacks (class, async/await) is on that line: fix the bridge's syntax there.",
                message);
        assertFalse(refusal("var x = ;").contains("chromium"));
    }

    @Test
    void aWordInAStringOrCommentIsNotSyntaxInUse() {
        assertFalse(refusal("el.className = 'async class' + (1; // await").contains("chromium"));
    }

    @Test
    void whatParsesIsLeftAlone() {
        engine.checkParses("bridge.js", "var a = o?.b ?? {...p}; // class, async");
    }
}
