package org.mplus.tck.harness;

import org.mplus.tck.spec.Rule;

/**
 * A broken rule, said so that a vendor can act on it: which rule, which call on which vendor, what was
 * expected, what the bridge did, and which spec line says so.
 */
public record Finding(Rule rule, String call, String vendor, String expected, String seen) {

    public String message() {
        return rule.id() + " (" + rule.level() + ") broken by " + call + (vendor.isEmpty() ? "" : " on " + vendor)
                + "\n  rule:     " + rule.text()
                + "\n  expected: " + expected
                + "\n  seen:     " + seen
                + "\n  source:   " + rule.source().cite();
    }
}
