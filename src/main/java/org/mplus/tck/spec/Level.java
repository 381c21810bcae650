package org.mplus.tck.spec;

/** How binding a rule is: MUST breaks conformance, SHOULD is robustness policy (a warning unless strict). */
public enum Level {
    MUST,
    SHOULD
}
