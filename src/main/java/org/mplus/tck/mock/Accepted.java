package org.mplus.tck.mock;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A vendor request that passed every check, before the faults are consulted and anything is stored.
 *
 * @param endpoint  what it asked for
 * @param accounts  the receivers or looked-up account, which a fault for one account matches
 * @param messages  what it delivers if no fault stops it (none for lookups)
 * @param answer    the success body, given the stored deliveries
 */
public record Accepted(Endpoint endpoint, Set<String> accounts, List<Outgoing> messages,
        Function<List<Delivery>, String> answer) {

    public Accepted {
        accounts = Set.copyOf(accounts);
        messages = List.copyOf(messages);
    }

    /** A lookup: nothing to deliver, a fixed answer. */
    public static Accepted lookup(Endpoint endpoint, String account, String answer) {
        return new Accepted(endpoint, Set.of(account), List.of(), delivered -> answer);
    }
}
