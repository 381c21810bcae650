package org.mplus.tck.mock;

/** An IM user, the same on both vendors. */
public record User(String account, String name) {
}
