package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * mplus.js's imgUrl and link grammar against every entry of the shared examples, the same file the Java
 * parsers and the JSON Schemas are tested against: validity, error index and rule, parts and warnings.
 */
class BridgeGrammarTest {

    /** The shared file the Java parsers and the JSON Schemas are tested against too. */
    private static final Path SHARED = Path.of("schemas/examples/formats.json");
    /** The parts mplus.js finds; the examples also list parts only the Java parser computes. */
    private static final List<String> PARTS = List.of("form", "scheme", "authority", "name", "appType", "appId",
            "path", "androidAppId", "iosAppId", "query");

    private static BridgePage page;

    @BeforeAll
    static void open() {
        page = BridgePage.onItsOwnMock();
    }

    @AfterAll
    static void close() {
        page.close();
    }

    static JsonNode examples() throws IOException {
        return BridgePage.parse(Files.readString(SHARED, java.nio.charset.StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        JsonNode all = examples();
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : List.of("imgUrl", "link")) {
            assertFalse(all.path(format).isEmpty(), "no " + format + " examples");
            for (JsonNode example : all.path(format)) {
                String value = example.path("value").asText();
                tests.add(DynamicTest.dynamicTest(format + " " + BridgePage.json(value), () -> check(format, example)));
            }
        }
        return tests.stream();
    }

    private static void check(String format, JsonNode example) {
        JsonNode got = page.eval("mplus.formats." + format + "(" + BridgePage.json(example.path("value").asText()) + ")");
        assertEquals(example.path("valid").asBoolean(), got.path("valid").asBoolean(), got.toString());
        if (!example.path("valid").asBoolean()) {
            assertEquals(example.path("index").asInt(), got.path("index").asInt(), "error index; " + got);
            assertEquals(example.path("rules").get(0).asText(), got.path("rule").asText(), "rule; " + got);
            return;
        }
        for (String part : PARTS) {
            if (example.path("parts").has(part)) {
                assertEquals(example.path("parts").get(part), got.path("parts").path(part), part + "; " + got);
            }
        }
        if (example.has("warnings")) {
            assertEquals(example.path("warnings"), got.path("warnings"), "warnings; " + got);
        }
    }
}
