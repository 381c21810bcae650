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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mplus.js stays ES5: HtmlUnit parses some ES6, so parsing it there proves less than the bridge promises to
 * older WebViews. So does the real-host test bridge, with its faulty variants, which stands for a vendor's bridge
 * in old WebViews. Comments and string literals are left out before the code is searched.
 */
class MplusJsIsEs5Test {

    private static final Path BRIDGE = Path.of("mock-server/__files/mplus.js");
    private static final Path REAL_HOST = Path.of("src/test/resources/bridges/realhost");
    private static final Path REAL_HOST_FAULTY = Path.of("src/test/resources/bridges/faulty-realhost");
    /** The tests' third vendor's wire client, which runs in mplus.js. */
    private static final Path THIRD_VENDOR = Path.of("src/test/resources/thirdvendor");
    /** The remote engine's runner, which runs in the app's WebView, old ones too. */
    private static final Path RUNNER = Path.of("src/main/resources/org/mplus/tck/harness/remote/runner.js");
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

    static Stream<Path> es5Scripts() throws IOException {
        List<Path> scripts = new ArrayList<>(List.of(BRIDGE, RUNNER));
        for (Path dir : List.of(REAL_HOST, REAL_HOST_FAULTY, THIRD_VENDOR)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".js")).sorted().forEach(scripts::add);
            }
        }
        return scripts.stream();
    }

    @ParameterizedTest
    @MethodSource("es5Scripts")
    void noSyntaxNewerThanEs5(Path script) throws IOException {
        String[] lines = code(Files.readString(script, StandardCharsets.UTF_8)).split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FORBIDDEN.matcher(lines[i]);
            while (m.find()) {
                found.add("line " + (i + 1) + ": " + m.group());
            }
        }
        assertEquals(List.of(), found, script + " uses syntax newer than ES5");
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
