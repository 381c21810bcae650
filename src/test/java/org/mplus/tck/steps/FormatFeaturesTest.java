package org.mplus.tck.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.FormatExample;
import org.mplus.tck.spec.KitResources;
import org.mplus.tck.spec.Rule;
import org.mplus.tck.spec.VisibleText;

/**
 * The format features and schemas/examples/formats.json hold the same examples: the same values, the same
 * verdicts and error indexes, and every rule an example exercises tagged on a scenario that runs it.
 */
class FormatFeaturesTest {

    private static final Pattern GIVEN = Pattern.compile("the (link|image URL) \"(.*)\"");
    private static final Pattern INVALID = Pattern.compile("it is invalid at character (\\d+) with .*");

    /** What the feature rows with one value say about it, across all the scenarios that use it. */
    private record Row(boolean valid, OptionalInt index, Set<String> rules) {
    }

    private static Map<String, Row> rows(String feature, String format) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Pickle p : pickles(feature)) {
            List<String> steps = p.getSteps().stream().map(PickleStep::getText).toList();
            Matcher given = GIVEN.matcher(steps.get(0));
            assertTrue(given.matches(), feature + ": scenario \"" + p.getName() + "\" does not begin with a value");
            assertEquals(format, given.group(1).equals("link") ? FormatExample.LINK : FormatExample.IMG_URL, feature);
            OptionalInt index = steps.stream().map(INVALID::matcher).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst();
            boolean valid = steps.contains("it is valid");
            assertTrue(valid != index.isPresent(), feature + ": \"" + p.getName() + "\" says neither valid nor invalid");
            Set<String> rules = new TreeSet<>();
            p.getTags().stream().map(PickleTag::getName).filter(t -> t.startsWith("@rule:"))
                    .forEach(t -> rules.add(t.substring("@rule:".length())));
            String value = FormatSteps.unescape(given.group(2));
            Row row = new Row(valid, index, rules);
            Row before = out.putIfAbsent(value, row);
            if (before != null) {
                assertEquals(before.valid(), valid, feature + ": \"" + value + "\" is valid in one row, invalid in another");
                assertEquals(before.index(), index, feature + ": \"" + value + "\" has two error indexes");
                before.rules().addAll(rules);
            }
        }
        return out;
    }

    private static List<Pickle> pickles(String feature) {
        String path = "features/" + feature;
        try (InputStream in = KitResources.open(path)) {
            return GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build()
                    .parse(path, in).map(Envelope::getPickle).flatMap(java.util.Optional::stream).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void agree(String feature, String format) {
        Map<String, Row> rows = rows(feature, format);
        List<FormatExample> examples = FormatExample.all(format);
        List<String> problems = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (FormatExample e : examples) {
            listed.add(e.value());
            Row row = rows.get(e.value());
            if (row == null) {
                problems.add(e + " is in formats.json but in no row of " + feature);
            } else if (row.valid() != e.valid() || !row.index().equals(e.index())) {
                problems.add(e + ": formats.json says " + (e.valid() ? "valid" : "invalid at " + e.index())
                        + ", " + feature + " says " + (row.valid() ? "valid" : "invalid at " + row.index()));
            } else if (!row.rules().containsAll(e.rules())) {
                problems.add(e + " exercises " + e.rules() + " but its rows in " + feature + " are tagged " + row.rules());
            }
        }
        rows.keySet().stream().filter(v -> !listed.contains(v)).forEach(v -> problems.add(
                feature + " has \"" + VisibleText.render(v) + "\", which formats.json does not list"));
        assertEquals(List.of(), problems, feature + " vs " + FormatExample.PATH);
    }

    private static void tagsEveryRuleOfItsFormat(String feature, String format) {
        Set<String> tagged = new TreeSet<>();
        pickles(feature).forEach(p -> p.getTags().stream().map(PickleTag::getName)
                .filter(t -> t.startsWith("@rule:")).forEach(tagged::add));
        Set<String> rules = new TreeSet<>(Catalog.standard().rulesForFormat(format).stream().map(Rule::tag).toList());
        assertEquals(rules, tagged, feature + ": rule tags vs the catalog's " + format + " rules");
    }

    @Test
    void theLinkFeatureHasExactlyTheLinkExamples() {
        agree("link-format.feature", FormatExample.LINK);
    }

    @Test
    void theImgUrlFeatureHasExactlyTheImgUrlExamples() {
        agree("img-url-format.feature", FormatExample.IMG_URL);
    }

    @Test
    void eachFeatureTagsEveryRuleOfItsFormatAndNoOther() {
        tagsEveryRuleOfItsFormat("link-format.feature", FormatExample.LINK);
        tagsEveryRuleOfItsFormat("img-url-format.feature", FormatExample.IMG_URL);
    }
}
