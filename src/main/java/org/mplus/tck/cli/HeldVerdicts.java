package org.mplus.tck.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.report.HookVerdicts;
import org.mplus.tck.report.ScenarioResult;

/**
 * Passes each scenario's verdict on (to the progress line) once it is final, and holds back the others: a failure
 * that rested on timing until its re-run alone decides it, a scenario that may be NOT-PLAYABLE until the bridge is
 * seen to read the hook (then it is released at once) or the run ends.
 */
final class HeldVerdicts implements Consumer<ScenarioResult> {

    private final Consumer<ScenarioResult> next;
    private final Set<String> honoured = new HashSet<>();
    private final Map<String, ScenarioResult> held = new LinkedHashMap<>();

    HeldVerdicts(Consumer<ScenarioResult> next) {
        this.next = next;
    }

    @Override
    public synchronized void accept(ScenarioResult s) {
        s.hooks().stream().filter(HookUse::consulted).forEach(h -> honoured.add(h.hook()));
        if (undecided(s)) {
            held.put(s.id(), s);
        } else {
            next.accept(s);
        }
        List<ScenarioResult> decided = new ArrayList<>();
        held.values().stream().filter(h -> !undecided(h)).forEach(decided::add);
        decided.forEach(d -> next.accept(held.remove(d.id())));
    }

    private boolean undecided(ScenarioResult s) {
        return s.failedOnTiming() || HookVerdicts.pending(s, honoured).isPresent();
    }

    /** Passes on the held scenarios' final verdicts, found by id among the run's. */
    synchronized void release(List<ScenarioResult> verdicts) {
        verdicts.stream().filter(v -> held.containsKey(v.id())).forEach(next);
        held.clear();
    }
}
