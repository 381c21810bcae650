package org.mplus.tck.mock;

/** 先维IM credentials (the kit's model): an app key and the bearer token issued to it. */
public record XianweiApp(String appKey, String token) {
}
