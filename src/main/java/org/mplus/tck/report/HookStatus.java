package org.mplus.tck.report;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.TestHook;

/**
 * Whether the bridge honours one of the kit's test hooks, as a run found: it honours it when it read it in any
 * scenario that offered it.
 *
 * @param offered     scenarios that offered the hook
 * @param consulted   scenarios in which the bridge read it
 * @param notPlayable scenarios NOT-PLAYABLE for want of it
 */
public record HookStatus(TestHook hook, long offered, long consulted, long notPlayable) {

    /** The hooks this run offered, in the catalog's order; none when no scenario offered one. */
    public static List<HookStatus> of(List<ScenarioResult> results) {
        return Catalog.standard().hooks().stream().map(h -> new HookStatus(h,
                results.stream().filter(s -> uses(s, h)).count(),
                results.stream().filter(s -> s.hooks().stream().anyMatch(u -> u.hook().equals(h.name()) && u.consulted()))
                        .count(),
                results.stream().filter(s -> uses(s, h) && s.verdict() == Verdict.NOT_PLAYABLE).count()))
                .filter(s -> s.offered() > 0).toList();
    }

    private static boolean uses(ScenarioResult s, TestHook h) {
        return s.hooks().stream().map(HookUse::hook).anyMatch(h.name()::equals);
    }

    public boolean honoured() {
        return consulted > 0;
    }

    /** How to support the hook, when the bridge does not. */
    public Optional<String> advice() {
        return honoured() ? Optional.empty() : Optional.of(hook.advice());
    }

    /** One line for a report's head: "honoured (read in 40 of 43 scenarios that offered it)". */
    public String describe() {
        return honoured()
                ? "honoured (read in " + consulted + " of the " + offered + " scenarios that offered it)"
                : "NOT honoured: the bridge never read it, " + notPlayable + " scenario(s) NOT-PLAYABLE; " + hook.advice();
    }
}
