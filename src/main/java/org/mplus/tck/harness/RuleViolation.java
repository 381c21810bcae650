package org.mplus.tck.harness;

/** A MUST rule broken: fails the scenario (Cucumber sees an assertion error). */
public class RuleViolation extends AssertionError {

    private final transient Finding finding;
    private final boolean unanswered;

    /**
     * @param unanswered whether the call had no callback when the kit's clock ran out (the reports tell a rule broken
     *                   by silence from one broken by what the bridge did)
     */
    public RuleViolation(Finding finding, boolean unanswered) {
        super(finding.message());
        this.finding = finding;
        this.unanswered = unanswered;
    }

    public Finding finding() {
        return finding;
    }

    public boolean unanswered() {
        return unanswered;
    }
}
