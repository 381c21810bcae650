package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Rule;

/** Every rule that judges a bridge has a faulty bridge that breaks it, so no check goes unproven. */
class CorpusCoverageTest {

    @Test
    void everyCallRuleIsBrokenByAFaultyBridge() throws IOException {
        Catalog catalog = Catalog.standard();
        Set<String> callRules = new TreeSet<>();
        catalog.rules().stream()
                .filter(r -> r.appliesTo().stream().anyMatch(a -> a.equals(Rule.EVERY_CALL) || catalog.call(a).isPresent()))
                .forEach(r -> callRules.add(r.id()));
        Set<String> broken = new TreeSet<>();
        CorpusBridge.in(FaultyBridgesTest.FAULTY).forEach(b -> broken.addAll(b.breaks()));
        Set<String> unproven = new TreeSet<>(callRules);
        unproven.removeAll(broken);
        assertEquals(Set.of(), unproven, "rules no faulty bridge in " + FaultyBridgesTest.FAULTY
                + " breaks (add one whose header says breaks: RULE)");
    }

    @Test
    void everyHeaderNamesRulesOfTheCatalog() throws IOException {
        Catalog catalog = Catalog.standard();
        List<CorpusBridge> bridges = Stream.concat(CorpusBridge.in(FaultyBridgesTest.FAULTY).stream(),
                CorpusBridge.in(RealHostBuild.FAULTY).stream()).toList();
        for (CorpusBridge b : bridges) {
            Set<String> unknown = new TreeSet<>(b.caughtOn(List.of(0, 1)));
            unknown.addAll(b.underLoad());
            unknown.removeIf(id -> catalog.rule(id).isPresent());
            assertEquals(Set.of(), unknown, b.name() + "'s header names rules the catalog does not have");
        }
    }

    @Test
    void aHeaderSaysWhatABridgeBreaksOnEachImAndWhatOnlyUnderLoad() {
        CorpusBridge trims = CorpusBridge.named(RealHostBuild.FAULTY, "trims-message");
        assertEquals(Set.of("SEND-CHAT-01", "SEND-GROUP-01"), trims.caughtOn(List.of(0)));
        assertEquals(Set.of("SEND-CHAT-01", "SEND-GROUP-01", "SEND-MSG-01"), trims.caughtOn(List.of(1)));
        CorpusBridge retries = CorpusBridge.named(RealHostBuild.FAULTY, "retries-while-slow");
        assertEquals(Set.of("DELIVERY-04"), retries.caughtOn(List.of(0, 1)));
        assertEquals(Set.of("SEND-CHAT-01", "SEND-GROUP-01", "SEND-MSG-01", "SEND-MSG-02", "SHARE-01"),
                retries.underLoad());
    }
}
