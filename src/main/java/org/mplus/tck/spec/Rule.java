package org.mplus.tck.spec;

import java.util.List;

/**
 * The kit's unit of truth: one checkable sentence with its level and source.
 *
 * @param id        e.g. SEND-CHAT-01; scenarios carry it as the tag @rule:SEND-CHAT-01
 * @param level     MUST or SHOULD
 * @param appliesTo call or format names, or "*" for every call
 * @param text      the rule in one sentence
 * @param source    the spec line it rests on, or the kit policy
 */
public record Rule(String id, Level level, List<String> appliesTo, String text, RuleSource source) {

    /** Stands in appliesTo for every call. */
    public static final String EVERY_CALL = "*";

    public Rule {
        appliesTo = List.copyOf(appliesTo);
    }

    /** The tag that names this rule on a scenario. */
    public String tag() {
        return NamingTag.RULE.of(id);
    }

    /** "SEND-CHAT-01 (MUST): …": the head of every failure message about this rule. */
    public String headline() {
        return id + " (" + level + "): " + text;
    }
}
