package org.mplus.tck.mock;

/** What a vendor request asked for, so a test can tell sends from lookups and from strays. */
public enum Endpoint {
    SEND,
    USER_LOOKUP,
    GROUP_LOOKUP,
    /** A path or method the vendor does not have. */
    OTHER
}
