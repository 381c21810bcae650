package org.mplus.tck.spec;

/** The client's operating system: it decides which half of a native app's ANDROIDAPPID##IOSAPPID it opens. */
public enum Platform {
    ANDROID,
    IOS
}
