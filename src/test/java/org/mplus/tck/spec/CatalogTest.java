package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void listsTheEightCallsOfTheSpecInItsOrder() {
        assertEquals(List.of("getImType", "sendMessage", "sendChatMessage", "sendGroupMessage", "showMessage",
                "showChatMessage", "showGroupMessage", "shareIMUI"),
                catalog.calls().stream().map(Call::name).toList());
    }

    @Test
    void everySpecSectionHeadingIsACallOrAFormat() {
        List<String> headings = catalog.spec().lines().stream()
                .filter(l -> l.startsWith("<h2") || l.startsWith("#####"))
                .map(l -> l.replaceAll("<[^>]+>", "").replace("#####", "").replace("：", "").trim())
                .toList();
        List<String> known = new java.util.ArrayList<>();
        catalog.calls().forEach(c -> known.add(c.heading()));
        catalog.formats().forEach(f -> known.add(f.heading()));
        assertEquals(known, headings);
    }

    @Test
    void vendorOnlyCallsAreTheTwoMarked容联云() {
        assertEquals(List.of("sendMessage", "showMessage"),
                catalog.calls().stream().filter(Call::isVendorSpecific).map(Call::name).toList());
        assertTrue(catalog.calls().stream().filter(Call::isVendorSpecific)
                .allMatch(c -> c.heading().endsWith("（容联云）") && c.vendors().equals(List.of(1))));
    }

    @Test
    void theGetImTypeResultSchemaIsDerivedFromTheVendorList() {
        SchemaSet schemas = new SchemaSet();
        Call getImType = catalog.call("getImType").orElseThrow();
        assertEquals(schemas.document(getImType.schemas().success()), catalog.successSchema(getImType, schemas),
                "schemas/" + getImType.schemas().success() + " must list the catalog's imTypes and name its vendors");
    }

    @Test
    void aVendorEntryIsCheckedLikeTheRestOfTheCatalog() {
        String entry = "{\"imType\":1,\"code\":\"other\",\"name\":\"别的IM\",\"english\":\"Other IM\","
                + "\"hosts\":[\"https://api.other-im.example\"],\"messageLimit\":{\"max\":10,\"unit\":\"code-points\"}}";
        CatalogError reused = assertThrows(CatalogError.class, () -> Catalog.withVendors(List.of(entry)));
        assertTrue(reused.getMessage().contains("vendor other reuses imType 1"), reused.getMessage());
        CatalogError shape = assertThrows(CatalogError.class,
                () -> Catalog.withVendors(List.of(entry.replace("\"hosts\"", "\"host\""))));
        assertTrue(shape.getMessage().contains("does not match"), shape.getMessage());
        assertEquals(List.of(0, 1, 2), Catalog.withVendors(List.of(entry.replace(":1,", ":2,"))).imTypes());
    }

    /** The doc's calls for every vendor list none, so that a vendor added to the catalog is offered them. */
    @Test
    void anAddedVendorIsOfferedEveryCallButTheVendorOnlyOnes() {
        Catalog more = Catalog.withVendors(List.of("{\"imType\":2,\"code\":\"other\",\"name\":\"别的IM\","
                + "\"english\":\"Other IM\",\"hosts\":[\"https://api.other-im.example\"],"
                + "\"messageLimit\":{\"max\":10,\"unit\":\"code-points\"}}"));
        Vendor other = more.vendor(2).orElseThrow();
        assertEquals(List.of("getImType", "sendChatMessage", "sendGroupMessage", "showChatMessage", "showGroupMessage",
                "shareIMUI"), more.calls().stream().filter(c -> c.supports(other)).map(Call::name).toList());
        assertEquals(List.of(0, 1, 2), more.call("shareIMUI").orElseThrow().vendors());
        assertEquals(List.of(1), more.call("sendMessage").orElseThrow().vendors());
        assertEquals(List.of(0, 1), catalog.call("shareIMUI").orElseThrow().vendors(), "the shipped catalog's two");
    }

    @Test
    void shareIMUIComesWithClient520() {
        assertEquals(ClientVersion.parse("5.2.0"), catalog.call("shareIMUI").orElseThrow().since().orElseThrow());
    }

    @Test
    void everyCallAndFormatHasRules() {
        catalog.calls().forEach(c -> assertTrue(catalog.rulesForCall(c.name()).stream()
                .anyMatch(r -> r.appliesTo().contains(c.name())), c.name() + " has no rule of its own"));
        catalog.formats().forEach(f -> assertFalse(catalog.rulesForFormat(f.name()).isEmpty(), f.name()));
    }

    @Test
    void aQuoteThatIsNotOnItsLineIsReported() {
        SpecDocument spec = catalog.spec();
        Catalog broken = new Catalog(catalog.specTitle(), spec, catalog.vendors(), catalog.calls(),
                catalog.formats(), List.of(new Rule("X-01", Level.MUST, List.of("getImType"), "Some rule text.",
                        new RuleSource.SpecQuote(28, "1：先维IM", java.util.Optional.empty()))),
                catalog.ambiguities(), catalog.hooks());
        List<String> problems = broken.inconsistencies(new SchemaSet());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("spec line 28, which reads 「0：先维IM；1：容联云」"), problems.get(0));
    }

    @Test
    void everyMustRuleRestsOnAQuoteOfTheDocOrOnAMessageLostOrFaked() {
        List<String> unfounded = catalog.rules().stream().filter(r -> r.level() == Level.MUST)
                .filter(r -> !(r.source() instanceof RuleSource.SpecQuote)
                        && !(r.source() instanceof RuleSource.MessageAtStake))
                .map(Rule::id).toList();
        assertEquals(List.of(), unfounded, "MUST rules without a doc quote or a message at stake");
    }

    @Test
    void aMustRuleOnAPolicyOrOnTheKitsReadingIsReported() {
        List<Rule> rules = List.of(
                new Rule("X-01", Level.MUST, List.of("getImType"), "A rule on policy.",
                        new RuleSource.KitPolicy("Pages are happier this way.")),
                new Rule("X-02", Level.MUST, List.of("getImType"), "A rule on a reading.",
                        new RuleSource.KitReading("imtype-number", "the kit reads it so.")),
                new Rule("X-03", Level.SHOULD, List.of("getImType"), "A reading of nothing listed.",
                        new RuleSource.KitReading("no-such-ambiguity", "the kit reads it so.")),
                new Rule("X-04", Level.MUST, List.of("getImType"), "A rule on a lost message.",
                        new RuleSource.MessageAtStake(RuleSource.MessageAtStake.Stake.LOST, "it would be lost.")));
        List<String> problems = new Catalog(catalog.specTitle(), catalog.spec(), catalog.vendors(), catalog.calls(),
                catalog.formats(), rules, catalog.ambiguities(), catalog.hooks()).inconsistencies(new SchemaSet());
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("rule X-01 is MUST but rests on robustness policy, neither on a quote"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("rule X-02 is MUST but rests on the kit's reading"), problems.get(1));
        assertTrue(problems.get(2).contains("ambiguity no-such-ambiguity, which the catalog does not list"),
                problems.get(2));
    }

    @Test
    void aRuleOnTheKitsReadingSaysSoAndLinksTheAmbiguity() {
        Rule rule = catalog.rule("INPUT-03").orElseThrow();
        assertEquals(Level.SHOULD, rule.level());
        assertTrue(rule.source().cite().startsWith("the kit's reading, not the doc's text (docs/rules.md#share-options): "),
                rule.source().cite());
        assertTrue(catalog.ambiguity("share-options").isPresent());
    }

    @Test
    void aCatalogThatBreaksItsSchemaIsRejectedWithThePlace() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(KitResources.read(Catalog.PATH));
        ((ObjectNode) root.withArray("rules").get(0)).put("level", "MAY");
        List<String> problems = new SchemaSet().validate("catalog.schema.json", root);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("/rules/0/level")), problems.toString());
    }
}
