package org.mplus.tck.spec;

/**
 * A value that is valid but breaks a SHOULD rule of its format.
 *
 * @param rule    the rule ID, e.g. LINK-05
 * @param message what is unusual and what to write instead
 */
public record FormatWarning(String rule, String message) {
}
