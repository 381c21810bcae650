package org.mplus.tck.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.TestHook;

/**
 * Test hooks never decide a verdict: a scenario whose outcome rests on a hook the bridge never reads in the whole run
 * (it needs the hook, or it waited for an answer a person at the bridge's own picker would have given) is
 * NOT-PLAYABLE, neither passed nor failed, with the advice how to support the hook. What is wrong whatever the person
 * would have done (a success with nothing delivered, two answers) still fails. A bridge that reads the hook elsewhere
 * but not in one scenario chose not to there (it rejected the input first, say): that verdict stands.
 */
public final class HookVerdicts {

    private HookVerdicts() {
    }

    /** The hooks the bridge read in any of these scenarios. */
    public static Set<String> honoured(List<ScenarioResult> results) {
        return results.stream().flatMap(s -> s.hooks().stream()).filter(HookUse::consulted).map(HookUse::hook)
                .collect(Collectors.toSet());
    }

    /** The hook that would make this scenario unplayable, unless the bridge is found to honour it. */
    public static Optional<HookUse> pending(ScenarioResult s, Set<String> honoured) {
        if (!s.ran()) {
            return Optional.empty();
        }
        return s.hooks().stream()
                .filter(h -> !h.consulted() && !honoured.contains(h.hook()) && !h.wrongAnyway()
                        && (h.needed() || h.unanswered()))
                .findFirst();
    }

    /** The results, with those that rest on a hook the bridge never read NOT-PLAYABLE. */
    public static List<ScenarioResult> settle(List<ScenarioResult> results) {
        Set<String> honoured = honoured(results);
        return results.stream().map(s -> pending(s, honoured).map(h -> unplayable(s, h)).orElse(s)).toList();
    }

    private static ScenarioResult unplayable(ScenarioResult s, HookUse use) {
        TestHook hook = Catalog.standard().hook(use.hook()).orElseThrow();
        String seen = s.message().isEmpty() ? "" : "\n  without it the kit saw " + s.verdict().label() + ": "
                + s.message().lines().findFirst().orElse("");
        return s.judgedAgain(Verdict.NOT_PLAYABLE, Optional.empty(), List.of(),
                "not playable: this scenario needs the kit to play " + hook.plays() + " through window." + hook.name()
                        + ", which the bridge never read in this run; " + hook.advice() + seen);
    }
}
