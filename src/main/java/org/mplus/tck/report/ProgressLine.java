package org.mplus.tck.report;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mplus.tck.harness.Verdict;

/** One line per finished scenario, so a long run shows it is alive and where it fails. */
public final class ProgressLine implements Consumer<ScenarioResult> {

    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();

    public ProgressLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(ScenarioResult r) {
        String line = String.format("%4d %-13s %s (%d ms)", done.incrementAndGet(), r.verdict().label(), r.title(),
                r.durationMs());
        synchronized (out) {
            out.println(line);
            if (r.verdict() != Verdict.PASS && r.verdict() != Verdict.SKIP && !r.message().isEmpty()) {
                out.println("       " + r.message().replace("\n", "\n       "));
            }
        }
    }
}
