package org.mplus.tck.harness;

/** A MUST rule broken: fails the scenario (Cucumber sees an assertion error). */
public class RuleViolation extends AssertionError {

    private final transient Finding finding;

    public RuleViolation(Finding finding) {
        super(finding.message());
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }
}
