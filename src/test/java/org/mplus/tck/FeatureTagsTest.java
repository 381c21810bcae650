package org.mplus.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Rule;
import org.mplus.tck.spec.VendorOnlyTags;
import org.mplus.tck.steps.ShareSteps;

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

    private static List<Pickle> pickles() throws IOException {
        List<Pickle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build()
                            .parse(f.toString(), in).map(Envelope::getPickle).flatMap(Optional::stream)
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * The kit knows which scenarios need a test hook by their @hook: tag: every such tag names a hook of the catalog
     * and a scenario that offers it; every scenario whose outcome rests on the user's pick (a share that reaches the
     * picker: delivered to the pick, cancelled, refused by the vendor) carries the tag.
     */
    @Test
    void everyScenarioThatRestsOnTheUsersPickIsTaggedWithTheHook() throws IOException {
        String tag = Catalog.standard().hook(ShareSteps.USER_HOOK).orElseThrow().tag();
        for (Pickle p : pickles()) {
            List<String> tags = p.getTags().stream().map(PickleTag::getName).toList();
            List<String> steps = p.getSteps().stream().map(PickleStep::getText).toList();
            tags.stream().filter(t -> t.startsWith("@hook:")).forEach(t -> assertTrue(
                    Catalog.standard().hook(t.substring("@hook:".length())).isPresent(),
                    p.getUri() + ": " + p.getName() + " is tagged " + t + ", which is no hook of the catalog"));
            boolean offers = steps.stream().anyMatch(st -> st.startsWith("the user will "));
            // A share with valid options reaches the pick; one the bridge must reject does not.
            boolean restsOnThePick = offers && (steps.contains("the page shares its app")
                    || steps.stream().anyMatch(st -> st.startsWith("the page shares its app with"))
                            && steps.contains("success is called once"));
            assertEquals(restsOnThePick, tags.contains(tag), p.getUri() + ": \"" + p.getName() + "\" "
                    + (restsOnThePick ? "rests on the user's pick but is not tagged " : "is tagged ") + tag
                    + (restsOnThePick ? "" : " but does not rest on the user's pick"));
            assertTrue(!tags.contains(tag) || offers, p.getUri() + ": " + p.getName() + " needs " + tag
                    + " but never offers it (\"Given the user will …\")");
        }
    }

    /**
     * A run judges every scenario on every vendor under test but those of a call the doc gives some vendors only:
     * every scenario that calls one carries @offered:call (judged where it is offered) or @lacking:call (where it is
     * not), and those tags name such a call, on scenarios that call it.
     */
    @Test
    void everyScenarioOfAVendorOnlyCallIsTaggedWithWhereItIsJudged() throws IOException {
        Catalog catalog = Catalog.standard();
        int checked = 0;
        for (Pickle p : pickles()) {
            List<String> tags = p.getTags().stream().map(PickleTag::getName).toList();
            List<String> steps = p.getSteps().stream().map(PickleStep::getText).toList();
            for (String tag : tags.stream().filter(t -> t.startsWith(VendorOnlyTags.OFFERED)
                    || t.startsWith(VendorOnlyTags.LACKING)).toList()) {
                String call = tag.substring(tag.indexOf(':') + 1);
                assertTrue(catalog.call(call).filter(c -> c.vendors().size() < catalog.vendors().size()).isPresent(),
                        p.getUri() + ": \"" + p.getName() + "\" is tagged " + tag + ", but " + call
                                + " is no call the catalog gives some vendors only");
                assertTrue(calls(steps, call),
                        p.getUri() + ": \"" + p.getName() + "\" is tagged " + tag + " but never calls " + call);
            }
            for (Call call : catalog.calls().stream().filter(c -> c.vendors().size() < catalog.vendors().size())
                    .toList()) {
                if (calls(steps, call.name())) {
                    checked++;
                    assertTrue(tags.contains(VendorOnlyTags.OFFERED + call.name())
                            ^ tags.contains(VendorOnlyTags.LACKING + call.name()), p.getUri() + ": \"" + p.getName()
                            + "\" calls " + call.name() + ", which not every vendor offers: tag it "
                            + VendorOnlyTags.OFFERED + call.name() + " or " + VendorOnlyTags.LACKING + call.name());
                }
            }
        }
        assertTrue(checked > 0, "no scenario calls a vendor-only call");
    }

    private static boolean calls(List<String> steps, String call) {
        return steps.stream().anyMatch(st -> (st + " ").startsWith("the page calls " + call + " "));
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
