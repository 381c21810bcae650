package org.mplus.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Rule;

/** The features and the catalog agree: every rule has a scenario, and every @rule tag names a rule. */
class FeatureTagsTest {

    private static final Pattern RULE_TAG = Pattern.compile("@rule:([A-Z0-9-]+)");

    private static Map<String, Set<String>> tagsByFile() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                Matcher m = RULE_TAG.matcher(Files.readString(f, StandardCharsets.UTF_8));
                Set<String> ids = new TreeSet<>();
                while (m.find()) {
                    ids.add(m.group(1));
                }
                out.put(f.getFileName().toString(), ids);
            }
        }
        return out;
    }

    @Test
    void everyRuleOfTheCatalogIsTaggedOnAScenario() throws IOException {
        Set<String> tagged = new TreeSet<>();
        tagsByFile().values().forEach(tagged::addAll);
        Set<String> untagged = new TreeSet<>();
        Catalog.standard().rules().stream().map(Rule::id).filter(id -> !tagged.contains(id)).forEach(untagged::add);
        assertEquals(Set.of(), untagged, "rules with no scenario in features/");
    }

    @Test
    void everyRuleTagNamesARuleOfTheCatalog() throws IOException {
        tagsByFile().forEach((file, ids) -> ids.forEach(id -> assertTrue(Catalog.standard().rule(id).isPresent(),
                file + " tags @rule:" + id + ", which is not in schemas/catalog.json")));
    }

    @Test
    void everyCallHasItsOwnFeature() throws IOException {
        Set<String> files = tagsByFile().keySet();
        Catalog.standard().calls().forEach(c -> {
            String expected = c.name().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT) + ".feature";
            assertTrue(files.contains(expected.replace("i-m-u-i", "im-ui")), "no feature for " + c.name()
                    + " (expected features/" + expected + ")");
        });
    }
}
