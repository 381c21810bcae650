package org.mplus.tck.harness;

/** CALLBACK-01 broken by silence: the verdict is TIMEOUT rather than FAIL. */
public final class NoCallbackInTime extends RuleViolation {
    public NoCallbackInTime(Finding finding) {
        super(finding);
    }
}
