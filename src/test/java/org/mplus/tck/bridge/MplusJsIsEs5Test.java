package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * mplus.js stays ES5: HtmlUnit parses some ES6, so parsing it there proves less than the bridge promises to
 * older WebViews. Comments and string literals are left out before the code is searched.
 */
class MplusJsIsEs5Test {

    private static final Path BRIDGE = Path.of("mock-server/__files/mplus.js");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|'(?:\\\\.|[^'\\\\\\n])*'|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(class|let|const|async|await|fetch|import|export|yield)\\b|=>|`|\\.\\.\\.");

    static String code(String source) {
        Matcher m = COMMENT_OR_STRING.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().startsWith("/") ? " " : "''");
        }
        return m.appendTail(out).toString();
    }

    @Test
    void noSyntaxNewerThanEs5() throws IOException {
        String[] lines = code(Files.readString(BRIDGE, StandardCharsets.UTF_8)).split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FORBIDDEN.matcher(lines[i]);
            while (m.find()) {
                found.add("line " + (i + 1) + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        String es6 = "const a = 1; let b = (x) => x; class C {} async function f() { await fetch(`u`); }";
        Matcher m = FORBIDDEN.matcher(code(es6));
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertEquals(9, n);
        assertEquals("var s = '';  \n  var t = 1;", code("var s = 'class => `x`'; // const\n/* let */ var t = 1;"));
    }
}
