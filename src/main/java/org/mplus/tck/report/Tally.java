package org.mplus.tck.report;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.Verdict.Standing;

/**
 * The counts of a run, the only place they are made: every report and the terminal print these, so they agree.
 *
 * @param verdicts  how many scenarios had each verdict (every verdict present, zero or not)
 * @param counted   how many of them stand against the bridge, by standing: those the profile does not excuse
 * @param excused   how many failures the profile excuses
 */
public record Tally(Map<Verdict, Long> verdicts, Map<Standing, Long> counted, long excused) {

    public Tally {
        verdicts = Map.copyOf(verdicts);
        counted = Map.copyOf(counted);
    }

    static Tally of(List<ScenarioResult> scenarios, Predicate<ScenarioResult> isExcused) {
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        Arrays.stream(Verdict.values()).forEach(v -> verdicts.put(v, 0L));
        Map<Standing, Long> counted = new EnumMap<>(Standing.class);
        Arrays.stream(Standing.values()).forEach(s -> counted.put(s, 0L));
        long excused = 0;
        for (ScenarioResult s : scenarios) {
            verdicts.merge(s.verdict(), 1L, Long::sum);
            if (isExcused.test(s)) {
                excused++;
            } else {
                counted.merge(s.verdict().standing(), 1L, Long::sum);
            }
        }
        return new Tally(verdicts, counted, excused);
    }

    public long total() {
        return verdicts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(Verdict verdict) {
        return verdicts.get(verdict);
    }

    /** Scenarios of this standing that the profile does not excuse: what the gate judges. */
    public long counted(Standing standing) {
        return counted.get(standing);
    }

    /** "12 passed, 1 failed, 0 warned, …": every verdict, in the order they are declared. */
    public String text() {
        return Arrays.stream(Verdict.values()).map(v -> count(v) + " " + v.counted())
                .collect(Collectors.joining(", "));
    }
}
