package org.mplus.tck.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.report.HookVerdicts;
import org.mplus.tck.report.RunListener;
import org.mplus.tck.report.ScenarioResult;

/**
 * Passes each scenario's verdict on (to the progress line) once it is final, and holds back the others: a failure
 * that rested on timing until its re-run alone decides it, a scenario that may be NOT-PLAYABLE until the bridge is
 * seen to read the hook (then it is released at once) or the run ends.
 */
final class HeldVerdicts implements RunListener {

    private final RunListener next;
    private final Set<String> honoured = new HashSet<>();
    private final Map<String, ScenarioResult> held = new LinkedHashMap<>();

    HeldVerdicts(RunListener next) {
        this.next = next;
    }

    @Override
    public void planned(int scenarios) {
        next.planned(scenarios);
    }

    @Override
    public synchronized void finished(ScenarioResult s) {
        s.hooks().stream().filter(HookUse::consulted).forEach(h -> honoured.add(h.hook()));
        if (undecided(s)) {
            held.put(s.id(), s);
        } else {
            next.finished(s);
        }
        List<ScenarioResult> decided = new ArrayList<>();
        held.values().stream().filter(h -> !undecided(h)).forEach(decided::add);
        decided.forEach(d -> next.finished(held.remove(d.id())));
    }

    private boolean undecided(ScenarioResult s) {
        return s.failedOnTiming() || HookVerdicts.pending(s, honoured).isPresent();
    }

    /** Passes on the held scenarios' final verdicts, found by id among the run's. */
    synchronized void release(List<ScenarioResult> verdicts) {
        verdicts.stream().filter(v -> held.containsKey(v.id())).forEach(next::finished);
        held.clear();
    }
}
