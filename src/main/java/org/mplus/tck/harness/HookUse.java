package org.mplus.tck.harness;

/**
 * How one scenario used one of the kit's test hooks.
 *
 * @param hook       its name: mplusTckUser
 * @param needed     the scenario's verdict rests on it (tagged @hook:NAME)
 * @param consulted  the bridge read it during the scenario's calls
 * @param unanswered a call of the scenario got no answer at all, as when a bridge waits for a person at a picker
 *                   it shows instead of reading the hook
 * @param wrongAnyway a call the hook is for was wrong whatever the person would have done: it reported success
 *                   while nothing was delivered, or answered twice
 */
public record HookUse(String hook, boolean needed, boolean consulted, boolean unanswered, boolean wrongAnyway) {
}
