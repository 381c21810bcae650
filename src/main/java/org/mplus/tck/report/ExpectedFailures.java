package org.mplus.tck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The profile's expected failures held against one run: which failures they excuse, and how each entry fared. */
public final class ExpectedFailures {

    public enum Status {
        /** Still broken, still accepted: the failures it covers do not count against the gate. */
        FAILS_AS_EXPECTED,
        /** Fixed: the entry must go, or it would hide a regression later. Fails the run. */
        UNEXPECTED_PASS,
        /** Past its date: the gap is no longer accepted. Fails the run. */
        EXPIRED,
        /** None of its scenarios ran (skipped, or not selected by --tags): nothing to say. */
        NOT_RUN
    }

    /**
     * How one entry fared.
     *
     * @param scenarios the scenarios that decided it: those still failing, or those that passed
     */
    public record Outcome(ExpectedFailure entry, Status status, List<ScenarioResult> scenarios) {

        public boolean failsTheRun() {
            return status == Status.UNEXPECTED_PASS || status == Status.EXPIRED;
        }

        /** The entry and its status in one line, with its reason. */
        public String describe() {
            ExpectedFailure e = entry;
            return e.target() + ": " + switch (status) {
                case FAILS_AS_EXPECTED -> "fails as expected in " + scenarios.size() + " scenario(s), accepted until "
                        + e.expires() + " (" + e.reason() + ")";
                case UNEXPECTED_PASS -> "unexpected pass: remove it from the profile (it passed in "
                        + scenarios.size() + " scenario(s); its reason was: " + e.reason() + ")";
                case EXPIRED -> "expired on " + e.expires() + " (" + e.reason()
                        + "): fix the gap, or renew the entry with a later date";
                case NOT_RUN -> "not checked: none of its scenarios ran (skipped, or not selected by --tags)";
            };
        }
    }

    private final List<ExpectedFailure> accepted;
    private final List<Outcome> outcomes;

    /** @param today the day expiry dates are judged against (injected so that tests fix it) */
    public ExpectedFailures(List<ExpectedFailure> entries, List<ScenarioResult> results, LocalDate today) {
        this.accepted = entries.stream().filter(e -> !e.expiredOn(today)).toList();
        this.outcomes = entries.stream().map(e -> outcome(e, results, today)).toList();
    }

    private static Outcome outcome(ExpectedFailure e, List<ScenarioResult> results, LocalDate today) {
        List<ScenarioResult> failing = matching(results, e::stillFails);
        if (e.expiredOn(today)) {
            return new Outcome(e, Status.EXPIRED, failing);
        }
        if (!failing.isEmpty()) {
            return new Outcome(e, Status.FAILS_AS_EXPECTED, failing);
        }
        List<ScenarioResult> passed = matching(results, e::passedIn);
        return new Outcome(e, passed.isEmpty() ? Status.NOT_RUN : Status.UNEXPECTED_PASS, passed);
    }

    private static List<ScenarioResult> matching(List<ScenarioResult> results, Predicate<ScenarioResult> test) {
        return results.stream().filter(test).toList();
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * The accepted entry that excuses this scenario's verdict, if any: one naming the scenario, or entries naming
     * every rule that decided it (a scenario that breaks an expected rule and another one still counts).
     */
    public Optional<ExpectedFailure> excuse(ScenarioResult s) {
        if (!s.broke()) {
            return Optional.empty();
        }
        Optional<ExpectedFailure> byScenario = accepted.stream()
                .filter(e -> e.scenario().isPresent() && e.concerns(s)).findFirst();
        if (byScenario.isPresent()) {
            return byScenario;
        }
        List<Optional<ExpectedFailure>> byRule = s.decisiveRules().stream()
                .map(r -> accepted.stream().filter(e -> e.rule().equals(Optional.of(r))).findFirst())
                .toList();
        return !byRule.isEmpty() && byRule.stream().allMatch(Optional::isPresent) ? byRule.get(0) : Optional.empty();
    }
}
