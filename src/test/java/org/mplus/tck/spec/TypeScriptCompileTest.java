package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mplus.d.ts as a front-end developer's compiler sees it: tsc --strict accepts a page that calls every call
 * as the spec says, with every valid imgUrl and link of schemas/examples/formats.json, and rejects the formats'
 * wrong schemes and app types. Needs TypeScript's tsc (npm install -g typescript; .ci/run installs it).
 */
class TypeScriptCompileTest {

    private static final Path DTS = Path.of(TypeScriptDeclarations.PATH);
    private static final Pattern ERROR_LINE = Pattern.compile("^[^(]+\\((\\d+),\\d+\\): error TS\\d+", Pattern.MULTILINE);

    @TempDir
    static Path dir;

    /** tsc's output for a page, and the lines it found errors on. */
    private record Compiled(int exit, String output, Set<Integer> errorLines) {
    }

    @BeforeAll
    static void tscIsThere() {
        Assumptions.assumeTrue(version().isPresent(), "notice: TypeScript's tsc is not installed (npm install -g "
                + "typescript): the typings' compile check is skipped");
    }

    private static java.util.Optional<String> version() {
        try {
            Process p = new ProcessBuilder("tsc", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? java.util.Optional.of(out.strip())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static Compiled compile(String name, List<String> lines) throws Exception {
        Path page = dir.resolve(name);
        Files.write(page, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("tsc", "--strict", "--noEmit", "--target", "es2017", "--lib", "es2017,dom",
                DTS.toAbsolutePath().toString(), page.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tsc did not finish");
        Set<Integer> errors = new TreeSet<>();
        Matcher m = ERROR_LINE.matcher(out);
        while (m.find()) {
            errors.add(Integer.parseInt(m.group(1)));
        }
        return new Compiled(p.exitValue(), out, errors);
    }

    private static List<JsonNode> examples(String format, boolean valid) throws IOException {
        JsonNode all = new ObjectMapper().readTree(Path.of("schemas/examples/formats.json").toFile()).get(format);
        List<JsonNode> out = new ArrayList<>();
        all.forEach(e -> {
            if (e.get("valid").asBoolean() == valid) {
                out.add(e.get("value"));
            }
        });
        return out;
    }

    @Test
    void aPageUsingEveryCallAndEveryValidFormatCompilesStrictly() throws Exception {
        List<String> page = new ArrayList<>(List.of(
                "mplus.getImType({ success: (res) => { const t: 0 | 1 = res.imType; console.log(t); } });",
                "window.mplus.sendMessage({ imaccount: 'lisi', message: '你好', fail: (res) => console.log(res.errMsg) });",
                "mplus.sendChatMessage({ imaccount: 'lisi', message: '你好' });",
                "mplus.sendGroupMessage({ imaccount: 'gg800895384', message: '你好' });",
                "mplus.showMessage({ imaccount: 'lisi', name: '李四' });",
                "mplus.showChatMessage({ imaccount: 'lisi', name: '李四' });",
                "mplus.showGroupMessage({ imaccount: 'gg800895384', name: '研发部' });",
                "mplus.shareIMUI({ title: '周报', desc: '', appname: '周报', appid: 'weekly', imgUrl: '',"
                        + " link: 'mplus://4:weekly/param' });",
                "document.addEventListener('plusready', () => mplus.getImType());"));
        for (JsonNode v : examples("imgUrl", true)) {
            page.add("mplus.shareIMUI({ title: 't', appname: 'a', appid: 'i', link: 'mplus://4:weekly/param', imgUrl: "
                    + v + " });");
        }
        for (JsonNode v : examples("link", true)) {
            page.add("mplus.shareIMUI({ title: 't', appname: 'a', appid: 'i', link: " + v + " });");
        }
        Compiled c = compile("page.ts", page);
        assertEquals(0, c.exit(), c.output());
    }

    /** The invalid examples whose scheme, prefix or app type is wrong: what a template literal type can see. */
    @Test
    void wrongSchemesAndAppTypesDoNotCompile() throws Exception {
        List<String> page = new ArrayList<>();
        List<JsonNode> images = examples("imgUrl", false);
        List<JsonNode> links = examples("link", false);
        images.forEach(v -> page.add("mplus.shareIMUI({ title: 't', appname: 'a', appid: 'i', "
                + "link: 'mplus://4:weekly/param', imgUrl: " + v + " });"));
        links.forEach(v -> page.add("mplus.shareIMUI({ title: 't', appname: 'a', appid: 'i', link: " + v + " });"));
        Compiled c = compile("wrong.ts", page);
        Set<String> rejected = new TreeSet<>();
        for (int line : c.errorLines()) {
            JsonNode v = line <= images.size() ? images.get(line - 1) : links.get(line - 1 - images.size());
            rejected.add(v.asText());
        }
        for (String wrong : List.of("ftp://x/icon.png", "file:///img/icon.png", "icon.png", "/img/icon.png",
                "LOCAL:icon.png", "lokal:icon.png", "htp://img.example.com/icon.png", "http:/img.example.com/icon.png",
                "app_local:3:myapp:/img/icon.png", "app_local:4:myapp", "app-local:4:myapp:/img/icon.png",
                "http://www.example.com/share.html", "app_scheme://0:myapp/param", "app_scheme://3:myapp/param",
                "app_scheme://14:myapp/param", "app_scheme://1/param", "app_scheme:1:myapp/param",
                "app_scheme://2:com.acme.android/param", "app_scheme//1:myapp/param")) {
            assertTrue(rejected.contains(wrong), wrong + " compiles; tsc rejected " + rejected + "\n" + c.output());
        }
    }
}
