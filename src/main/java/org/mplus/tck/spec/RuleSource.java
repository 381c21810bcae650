package org.mplus.tck.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * What a rule rests on. A MUST rule rests on the doc's words or on a message lost or faked; the kit's reading of an
 * ambiguity and its robustness policies are SHOULD at most.
 */
public sealed interface RuleSource {

    /** One line for reports: the quote with its line number, or why the kit holds the rule. */
    String cite();

    /** The basis in a few words, for the rules document's basis column. */
    String basis();

    /** Whether a MUST rule may rest on this: the doc's words, or a message lost or faked. */
    boolean bindsAsMust();

    /** The rule rests on the spec's own words. */
    record SpecQuote(int line, String quote, Optional<String> note) implements RuleSource {
        @Override
        public String cite() {
            return "spec line " + line + ": 「" + quote + "」" + note.map(n -> " (" + n + ")").orElse("");
        }

        @Override
        public String basis() {
            return "the doc's words";
        }

        @Override
        public boolean bindsAsMust() {
            return true;
        }
    }

    /** The doc is silent, but a bridge that breaks the rule loses a message or fakes one. */
    record MessageAtStake(Stake stake, String why) implements RuleSource {

        /** What breaking the rule does to a message. */
        public enum Stake {
            LOST,
            FAKED;

            /** As the catalog writes it: lost, faked. */
            public String word() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        @Override
        public String cite() {
            return "the doc is silent; breaking it, a message is " + stake.word() + ": " + why;
        }

        @Override
        public String basis() {
            return "a message " + stake.word();
        }

        @Override
        public boolean bindsAsMust() {
            return true;
        }
    }

    /** The kit's reading of a place where the doc can be read two ways. */
    record KitReading(String ambiguity, String why) implements RuleSource {
        @Override
        public String cite() {
            return "the kit's reading, not the doc's text (" + RulesDocument.PATH + "#" + ambiguity + "): " + why;
        }

        @Override
        public String basis() {
            return "the kit's reading";
        }

        @Override
        public boolean bindsAsMust() {
            return false;
        }
    }

    /** The doc is silent; the kit takes this robustness policy for the reason given. */
    record KitPolicy(String rationale) implements RuleSource {
        @Override
        public String cite() {
            return "kit policy: " + rationale;
        }

        @Override
        public String basis() {
            return "robustness policy";
        }

        @Override
        public boolean bindsAsMust() {
            return false;
        }
    }
}
