package org.mplus.tck.spec;

import java.util.Optional;

/** Where a rule comes from: a line of the spec, or a policy the kit takes where the doc is silent. */
public sealed interface RuleSource {

    /** One line for reports: the quote with its line number, or the policy's rationale. */
    String cite();

    /** The rule rests on the spec's own words. */
    record SpecQuote(int line, String quote, Optional<String> note) implements RuleSource {
        @Override
        public String cite() {
            return "spec line " + line + ": 「" + quote + "」" + note.map(n -> " (" + n + ")").orElse("");
        }
    }

    /** The doc is silent; the kit takes this policy for the reason given. */
    record KitPolicy(String rationale) implements RuleSource {
        @Override
        public String cite() {
            return "kit policy: " + rationale;
        }
    }
}
