package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.Verdict.Standing;

/**
 * The run's exit code, as the design fixes it: 0 when no MUST rule fails (nor a SHOULD rule with --strict),
 * 1 when one does or the profile's expected failures are out of date, 2 when the kit could not judge.
 */
public record Gate(int exitCode, String reason) {

    public static final int CONFORMANT = 0;
    public static final int NOT_CONFORMANT = 1;
    public static final int HARNESS_ERROR = 2;

    public static Gate of(RunResult run, ExpectedFailures expected, Tally tally) {
        if (run.stopped().isPresent()) {
            return new Gate(HARNESS_ERROR, oneLine(run.stopped().get()));
        }
        long errors = tally.counted(Standing.KIT_ERROR);
        if (errors > 0) {
            return new Gate(HARNESS_ERROR, "harness error: the kit could not judge " + errors
                    + " scenario(s); see their messages");
        }
        if (tally.counted(Standing.NOT_RUN) == tally.total()) {
            return new Gate(HARNESS_ERROR, "harness error: no scenario ran (all skipped or not playable, or none "
                    + "matched the tags)");
        }
        long failed = tally.counted(Standing.BROKE_MUST);
        long warned = tally.counted(Standing.BROKE_SHOULD);
        boolean strict = run.setup().strict();
        List<String> why = new ArrayList<>();
        if (failed > 0) {
            why.add(failed + " scenario(s) break a MUST rule");
        }
        if (strict && warned > 0) {
            why.add(warned + " scenario(s) break a SHOULD rule (--strict)");
        }
        expected.outcomes().stream().filter(ExpectedFailures.Outcome::failsTheRun)
                .forEach(o -> why.add("expected failure " + o.describe()));
        if (!why.isEmpty()) {
            return new Gate(NOT_CONFORMANT, "NOT conformant: " + String.join("; ", why));
        }
        List<String> notes = new ArrayList<>();
        if (tally.excused() > 0) {
            notes.add(tally.excused() + " expected failure(s) excused by the profile");
        }
        if (warned > 0) {
            notes.add(warned + " SHOULD warning(s); --strict would fail them");
        }
        long flaky = tally.count(Verdict.FLAKY);
        if (flaky > 0) {
            notes.add(flaky + " FLAKY: failed among the others, passed when re-run alone");
        }
        run.hooks().stream().filter(h -> !h.honoured()).forEach(h -> notes.add(h.notPlayable()
                + " NOT-PLAYABLE: the bridge does not read window." + h.hook().name()));
        run.setup().partial().ifPresent(notes::add);
        run.setup().shard().ifPresent(s -> notes.add("shard " + s.shard() + " alone"));
        return new Gate(CONFORMANT, "conformant: no MUST rule broken"
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
    }

    /** The reason is the run's last line of output, so a message of several lines is put on one. */
    private static String oneLine(String message) {
        return Arrays.stream(message.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" · "));
    }

    public boolean conformant() {
        return exitCode == CONFORMANT;
    }
}
