package org.mplus.tck.spec;

import java.util.Collection;
import java.util.List;

/**
 * The tags by which a scenario names what it is about: {@code @rule:SEND-CHAT-01}, a rule it judges, and
 * {@code @hook:mplusTestShareTo}, a test hook its verdict rests on. Features, steps and reports read and write them
 * through here alone. Cucumber spells a tag with its {@code @}, the JUnit Platform without: both are read.
 */
public enum NamingTag {

    RULE("rule:"),
    HOOK("hook:");

    private final String prefix;

    NamingTag(String prefix) {
        this.prefix = prefix;
    }

    /** The tag naming this: RULE.of("SEND-CHAT-01") is @rule:SEND-CHAT-01. */
    public String of(String name) {
        return "@" + prefix + name;
    }

    /** The names these tags carry, in their order, each once: [@rule:A, @wire, rule:B] → [A, B] for RULE. */
    public List<String> names(Collection<String> tags) {
        return tags.stream()
                .map(t -> t.startsWith("@") ? t.substring(1) : t)
                .filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length()))
                .distinct()
                .toList();
    }
}
