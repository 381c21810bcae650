package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.AppLink;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ImgUrl;
import org.mplus.tck.spec.ParseError;
import org.mplus.tck.spec.Parsed;
import org.mplus.tck.spec.SchemaSet;

/**
 * One grammar, one answer: on thousands of generated values, the Java parsers, mplus.js, the JSON Schemas as a
 * Java validator runs them and the schemas' patterns as ECMAScript runs them all agree on valid or not, and the
 * two parsers on where and under which rule a value goes wrong. The values are built from the formats' own
 * pieces and from characters that trip Unicode case folding ("ſ" folds to s, the Kelvin sign to k, "ı" and "İ"
 * to i), full-width letters, and characters one language calls whitespace and another does not.
 */
class FormatGrammarPropertyTest {

    private static final int PER_FORMAT = 4000;
    /** Fixed, so that a disagreement names an input that comes back on the next run. */
    private static final long SEED = 0x6d706c7573L;
    /** Escapes everything outside ASCII, lone surrogates included, so the values reach the page intact. */
    private static final ObjectMapper ASCII_JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private static final List<String> TRAPS = List.of("\u017f", "\u212a", "\u0131", "\u0130", "\uff28", "\uff53",
            "\u00df", "\u03c3", "\u1e9e", "\ufb06", "S", "s", "K", "k", "I", "i");
    private static final List<String> SPACES = List.of(" ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u1680",
            "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff",
            // not whitespace in ECMAScript, but in some other library's idea of it
            "\u0085", "\u180e", "\u200b", "\u001c", "\u00ad", "\u0000");
    private static final List<String> ODD = List.of("\ud83d\ude00", "\ud800", "\udc00", "图", "%20", "@", ".", "-",
            "_", "+", "&", "=");
    private static final List<String> IMG_URL_PIECES = List.of("http", "https", "HTTP", "hTtPs", "http\u017f",
            "ht\u0442p", "://", ":", "/", "//", "?", "#", "local", "LOCAL", "Local", "app_local", "APP_LOCAL", "4", "3",
            "img.example.com", "icon.png", "myapp", "x");
    private static final List<String> LINK_PIECES = List.of("app", "A", "a_b", "mplus", "z9+.-", "1", "2", "4", "3",
            "://", ":", "##", "#", "/", "/param", "/param/", "?", "x=1", "Param", "ios", "android", "0");
    /** Regressions found by hand, always in the mix. */
    private static final List<String> KNOWN = List.of("http\u017f://img.example.com/a.png",
            "HTTP\u017f://img.example.com", "\u0130ocal:x", "local\u0131:x", "http\u212a://x", "app_local:4:a:b\n",
            "local:x\n", "local:x\u0085", "local:x\u180e", "app\u017fcheme://4:myapp/param");

    @AutoClose
    private static final BridgePage page = BridgePage.onItsOwnMock();
    private static final SchemaSet SCHEMAS = new SchemaSet();
    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void imgUrlHasOneAnswerEverywhere() throws IOException {
        agree("imgUrl", IMG_URL_PIECES, ImgUrl::parse);
    }

    @Test
    void linkHasOneAnswerEverywhere() throws IOException {
        agree("link", LINK_PIECES, AppLink::parse);
    }

    private static void agree(String format, List<String> pieces, Function<String, Parsed<?>> java)
            throws IOException {
        List<String> values = generate(format, pieces);
        String schema = CATALOG.format(format).orElseThrow().schema();
        JsonNode document = SCHEMAS.document(schema);
        List<String> patterns = new ArrayList<>();
        (document.has("anyOf") ? document.get("anyOf") : List.of(document))
                .forEach(alt -> patterns.add(((JsonNode) alt).path("pattern").asText()));
        JsonNode inPage = page.eval("(function (values, patterns) { return values.map(function (v) {"
                + "  var r = mplus.formats." + format + "(v);"
                + "  var ecma = patterns.some(function (p) { return new RegExp(p).test(v); });"
                + "  return [r.valid, r.valid ? -1 : r.index, r.valid ? '' : r.rule, ecma]; });"
                + "})(" + ascii(values) + ", " + ascii(patterns) + ")");
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Parsed<?> parsed = java.apply(v);
            ParseError error = parsed.errorIfInvalid().orElse(null);
            String javaSays = parsed.isValid() ? "valid" : "invalid at " + error.index() + " " + error.rule();
            JsonNode js = inPage.get(i);
            String jsSays = js.get(0).asBoolean() ? "valid" : "invalid at " + js.get(1).asInt() + " "
                    + js.get(2).asText();
            boolean schemaSays = SCHEMAS.validate(schema, TextNode.valueOf(v)).isEmpty();
            boolean ecmaSays = js.get(3).asBoolean();
            valid += parsed.isValid() ? 1 : 0;
            if (!javaSays.equals(jsSays) || schemaSays != parsed.isValid() || ecmaSays != parsed.isValid()) {
                disagreements.add(ascii(v) + ": Java parser " + javaSays + ", mplus.js " + jsSays + ", schema (Java "
                        + "validator) " + (schemaSays ? "valid" : "invalid") + ", schema pattern (ECMAScript) "
                        + (ecmaSays ? "valid" : "invalid"));
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + values.size() + " generated " + format
                + " values get different answers, e.g.:\n" + String.join("\n", disagreements.subList(0,
                        Math.min(12, disagreements.size()))));
        assertTrue(valid > values.size() / 20 && valid < values.size() * 19 / 20,
                "the generator should make valid and invalid values alike: " + valid + " of " + values.size());
    }

    /** Random pieces, and the shared valid examples with a piece changed, inserted or taken out. */
    private static List<String> generate(String format, List<String> pieces) throws IOException {
        Random random = new Random(SEED + format.hashCode());
        List<String> all = new ArrayList<>();
        all.addAll(TRAPS);
        all.addAll(SPACES);
        all.addAll(ODD);
        all.addAll(pieces);
        List<String> examples = new ArrayList<>();
        BridgeGrammarTest.examples().path(format).forEach(e -> {
            if (e.path("valid").asBoolean()) {
                examples.add(e.path("value").asText());
            }
        });
        Set<String> values = new LinkedHashSet<>(KNOWN);
        while (values.size() < PER_FORMAT) {
            if (random.nextBoolean()) {
                StringBuilder v = new StringBuilder();
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    v.append(random.nextInt(3) == 0 ? pick(random, all) : pick(random, pieces));
                }
                values.add(v.toString());
            } else {
                String base = pick(random, examples);
                int at = random.nextInt(base.length() + 1);
                int cut = random.nextInt(3) == 0 ? Math.min(base.length() - at, 1 + random.nextInt(3)) : 0;
                String piece = random.nextInt(4) == 0 ? "" : pick(random, all);
                values.add(base.substring(0, at) + piece + base.substring(at + cut));
                if (random.nextInt(3) == 0) { // the case of one ASCII letter flipped
                    char c = base.charAt(random.nextInt(base.length()));
                    values.add(base.replace(c, Character.isUpperCase(c) ? Character.toLowerCase(c)
                            : Character.toUpperCase(c)));
                }
            }
        }
        return List.copyOf(values);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String ascii(Object value) {
        try {
            return ASCII_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
