package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTagTest {

    @Test
    void readsTheNamesOfItsKindAsCucumberAndTheJUnitPlatformSpellThem() {
        List<String> tags = List.of("@rule:SEND-CHAT-01", "@wire", "rule:DELIVERY-04", "@hook:mplusTestShareTo",
                "@rule:SEND-CHAT-01", "@format:link");
        assertEquals(List.of("SEND-CHAT-01", "DELIVERY-04"), NamingTag.RULE.names(tags));
        assertEquals(List.of("mplusTestShareTo"), NamingTag.HOOK.names(tags));
    }

    @Test
    void writesTheTagThatItReads() {
        String tag = NamingTag.RULE.of("INPUT-02");
        assertEquals("@rule:INPUT-02", tag);
        assertEquals(List.of("INPUT-02"), NamingTag.RULE.names(List.of(tag)));
        assertEquals(List.of(), NamingTag.HOOK.names(List.of(tag)));
    }

    @Test
    void rulesAndHooksOfTheCatalogAreTaggedThroughIt() {
        Rule rule = Catalog.standard().rule("SEND-CHAT-01").orElseThrow();
        assertEquals(List.of(rule.id()), NamingTag.RULE.names(List.of(rule.tag())));
        TestHook hook = Catalog.standard().hooks().get(0);
        assertEquals(List.of(hook.name()), NamingTag.HOOK.names(List.of(hook.tag())));
    }
}
