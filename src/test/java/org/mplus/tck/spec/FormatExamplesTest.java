package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Java parsers and the JSON Schemas, each against every example of schemas/examples/formats.json. */
class FormatExamplesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final SchemaSet SCHEMAS = new SchemaSet();
    private static final Catalog CATALOG = Catalog.standard();

    /** One format: its examples, its parser and its schema. */
    private record Format(String name, Function<String, Parsed<?>> parser, Function<Object, JsonNode> parts) {

        List<FormatExample> examples() {
            return FormatExample.all(name);
        }

        String schema() {
            return CATALOG.format(name).orElseThrow().schema();
        }

        boolean schemaAccepts(String value) {
            return SCHEMAS.validate(schema(), TextNode.valueOf(value)).isEmpty();
        }

        /** The schema's patterns as java.util.regex, with $ as \z: JSON Schema's $ (ECMAScript) never matches before a final newline. */
        List<Pattern> patterns() {
            JsonNode doc = SCHEMAS.document(schema());
            List<Pattern> out = new ArrayList<>();
            (doc.has("anyOf") ? doc.get("anyOf") : JSON.arrayNode().add(doc)).forEach(alt -> {
                String p = alt.path("pattern").asText();
                assertTrue(p.startsWith("^") && p.endsWith("$"), schema() + " pattern is not anchored: " + p);
                out.add(Pattern.compile(p.substring(0, p.length() - 1) + "\\z"));
            });
            return out;
        }
    }

    private static final Format IMG_URL = new Format(FormatExample.IMG_URL, ImgUrl::parse,
            v -> partsOf((ImgUrl) v));
    private static final Format LINK = new Format(FormatExample.LINK, AppLink::parse, v -> partsOf((AppLink) v));

    @TestFactory
    Stream<DynamicTest> theParsersReadEveryExampleAsListed() {
        return Stream.of(IMG_URL, LINK).flatMap(f -> f.examples().stream()
                .map(e -> DynamicTest.dynamicTest(e.toString(), () -> checkParser(f, e))));
    }

    private static void checkParser(Format f, FormatExample e) {
        Parsed<?> parsed = f.parser().apply(e.value());
        if (e.valid()) {
            Object value = parsed.valueIfValid().orElseThrow(() -> new AssertionError(e + " is listed valid, but: "
                    + describe(parsed)));
            JsonNode expected = e.parts().orElseThrow(() -> new AssertionError(e + " is valid but lists no parts"));
            JsonNode actual = f.parts().apply(value);
            assertEquals(expected, actual, e + ": parts");
            assertEquals(names(expected.path("launchParameters")), names(actual.path("launchParameters")),
                    e + ": launch parameters out of order");
            if (value instanceof AppLink link) {
                assertEquals(e.warnings(), link.warnings().stream().map(FormatWarning::rule).toList(),
                        e + ": warnings " + link.warnings());
            }
        } else {
            ParseError error = parsed.errorIfInvalid().orElseThrow(() -> new AssertionError(e
                    + " is listed invalid at index " + e.index() + ", but the parser accepts it"));
            assertEquals(1, e.rules().size(), e + ": an invalid example lists exactly the rule its error names");
            assertEquals(e.index().orElseThrow(), error.index(), e + ": index of " + describe(parsed));
            assertEquals(e.rules().get(0), error.rule(), e + ": rule of " + describe(parsed));
        }
    }

    @TestFactory
    Stream<DynamicTest> theSchemasAgreeWithTheParsersOnEveryExample() {
        return Stream.of(IMG_URL, LINK).flatMap(f -> f.examples().stream()
                .map(e -> DynamicTest.dynamicTest(e.toString(), () -> assertEquals(e.valid(),
                        f.schemaAccepts(e.value()),
                        e + ": " + f.schema() + " says " + SCHEMAS.validate(f.schema(), TextNode.valueOf(e.value()))))));
    }

    /** The index is defined by the grammar alone, so the schema's own pattern must stop matching right there. */
    @TestFactory
    Stream<DynamicTest> everyErrorIndexIsWhereTheSchemaPatternStopsMatching() {
        return Stream.of(IMG_URL, LINK).flatMap(f -> f.examples().stream().filter(e -> !e.valid())
                .map(e -> DynamicTest.dynamicTest(e.toString(), () -> assertEquals(e.index().orElseThrow(),
                        viablePrefix(f.patterns(), e.value()), e + ": longest prefix the schema could still accept"))));
    }

    private static int viablePrefix(List<Pattern> patterns, String value) {
        for (int k = 0; k <= value.length(); k++) {
            String prefix = value.substring(0, k);
            boolean viable = patterns.stream().anyMatch(p -> {
                Matcher m = p.matcher(prefix);
                return m.matches() || m.hitEnd();
            });
            if (!viable) {
                return k - 1;
            }
        }
        return value.length();
    }

    /** Every character of the BMP in each place of each grammar: the schemas' classes are the parsers' classes. */
    @Test
    void schemasAndParsersAgreeOnEveryCharacterInEveryPlace() {
        List<String> disagreements = new ArrayList<>();
        List<String[]> places = List.of(
                new String[] {FormatExample.LINK, "a", "://1:x/param"},
                new String[] {FormatExample.LINK, "a://1:x", ""},
                new String[] {FormatExample.LINK, "a://2:x#", "#y"},
                new String[] {FormatExample.LINK, "a://1:x/", ""},
                new String[] {FormatExample.IMG_URL, "http://h", ""},
                new String[] {FormatExample.IMG_URL, "local:", ""},
                new String[] {FormatExample.IMG_URL, "app_local:4:x", ":y"});
        for (String[] place : places) {
            Format f = place[0].equals(FormatExample.LINK) ? LINK : IMG_URL;
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String value = place[1] + (char) c + place[2];
                if (!Character.isSurrogate((char) c) && f.parser().apply(value).isValid() != f.schemaAccepts(value)) {
                    disagreements.add(String.format("%s \"%s\" (U+%04X)", f.name(), VisibleText.render(value), c));
                }
            }
        }
        assertEquals(List.of(), disagreements, "parser and schema disagree");
    }

    @Test
    void everyRuleOfTheFormatsHasExamplesAndEveryExampleNamesARuleOfItsFormat() {
        for (Format f : List.of(IMG_URL, LINK)) {
            Set<String> ofFormat = new TreeSet<>(CATALOG.rulesForFormat(f.name()).stream().map(Rule::id).toList());
            Set<String> exercised = new TreeSet<>();
            f.examples().forEach(e -> exercised.addAll(e.rules()));
            assertEquals(ofFormat, exercised, f.name() + ": rules in the catalog vs rules the examples exercise");
        }
    }

    @Test
    void everyExampleOfTheSpecIsThereWithItsPlaceholdersFilledIn() {
        SpecDocument spec = CATALOG.spec();
        Pattern example = Pattern.compile("例(?:如)?：(\\S+)");
        Set<String> inSpec = new TreeSet<>();
        for (int line = CATALOG.format(FormatExample.IMG_URL).orElseThrow().line(); line <= spec.lines().size(); line++) {
            Matcher m = example.matcher(spec.text(line));
            while (m.find()) {
                inSpec.add(m.group(1));
            }
        }
        assertEquals(4, inSpec.size(), "examples found in the spec's format sections: " + inSpec);
        Set<String> cited = new TreeSet<>();
        for (Format f : List.of(IMG_URL, LINK)) {
            for (FormatExample e : f.examples()) {
                e.spec().filter(s -> s.has("example")).ifPresent(s -> {
                    String text = s.path("example").asText();
                    assertTrue(spec.says(s.path("line").asInt(), text), e + ": spec line " + s.path("line")
                            + " reads 「" + spec.text(s.path("line").asInt()) + "」");
                    // apptype, appid and imgname are the doc's placeholders; everything else is as the doc writes it.
                    String filled = Pattern.quote(text).replaceAll("apptype|appid|imgname", "\\\\E[^/:]+\\\\Q");
                    assertTrue(e.value().matches(filled), e + " is not the spec's " + text + " filled in");
                    cited.add(text);
                });
            }
        }
        assertEquals(inSpec, cited, "the spec's examples vs those formats.json cites");
    }

    private static JsonNode partsOf(ImgUrl img) {
        ObjectNode n = JSON.objectNode();
        if (img instanceof ImgUrl.Network w) {
            n.put("form", "network").put("scheme", w.scheme()).put("authority", w.authority());
        } else if (img instanceof ImgUrl.Local l) {
            n.put("form", "local").put("name", l.name());
        } else if (img instanceof ImgUrl.AppLocal a) {
            n.put("form", "app_local").put("appType", Character.getNumericValue(a.appType().code()))
                    .put("appId", a.appId()).put("path", a.path());
        }
        return n;
    }

    private static JsonNode partsOf(AppLink link) {
        ObjectNode n = JSON.objectNode().put("scheme", link.scheme())
                .put("appType", Character.getNumericValue(link.appType().code())).put("appId", link.appId());
        link.androidAppId().ifPresent(a -> n.put("androidAppId", a));
        link.iosAppId().ifPresent(i -> n.put("iosAppId", i));
        n.put("path", link.path()).put("query", link.query().orElse(null));
        if (link.appType() != AppType.HTML5) {
            link.launchParameters().forEach(n.putObject("launchParameters")::put);
        }
        link.appUrl().ifPresent(u -> n.put("appUrl", u));
        return n;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String describe(Parsed<?> parsed) {
        return parsed.errorIfInvalid().map(e -> e.rule() + ": " + e.message() + "\n" + e.pointer())
                .orElseGet(() -> "valid: " + parsed.valueIfValid().orElseThrow());
    }
}
