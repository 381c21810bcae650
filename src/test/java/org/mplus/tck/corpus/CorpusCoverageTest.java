package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
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
}
