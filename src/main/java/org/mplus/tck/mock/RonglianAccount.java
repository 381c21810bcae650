package org.mplus.tck.mock;

/** 容联云 credentials: the main account, its token, and the IM application that belongs to it. */
public record RonglianAccount(String accountSid, String authToken, String appId) {
}
