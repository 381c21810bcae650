package org.mplus.tck.spec;

/** Which kind of IM account an imaccount option takes, as the spec's parameter table says. */
public enum AccountKind {
    USER,
    GROUP,
    USER_OR_GROUP;

    static AccountKind of(String json) {
        return valueOf(json.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
