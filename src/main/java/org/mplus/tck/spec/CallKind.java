package org.mplus.tck.spec;

/** What a call does, which decides the checks that apply to it. */
public enum CallKind {
    /** Asks the client something; sends nothing (getImType). */
    QUERY,
    /** Delivers a message through the vendor. */
    SEND,
    /** Opens a chat screen; sends nothing. */
    SHOW,
    /** Lets the user pick a contact, then delivers a link card. */
    SHARE;

    static CallKind of(String json) {
        return valueOf(json.toUpperCase(java.util.Locale.ROOT));
    }
}
