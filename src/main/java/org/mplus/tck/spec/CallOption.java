package org.mplus.tck.spec;

import java.util.Optional;

/**
 * One option of a call, as the spec's 参数说明 table lists it.
 *
 * @param name        the option's property name (imaccount, message, …)
 * @param description the spec's description, verbatim (im用户账号)
 * @param line        the spec line of that description
 * @param required    whether the kit requires it (the doc never says; see docs/rules.md, Ambiguities)
 * @param account     for imaccount: a user, a group or either
 * @param format      the value format it must follow (imgUrl, link), if any
 */
public record CallOption(
        String name,
        String description,
        int line,
        boolean required,
        Optional<AccountKind> account,
        Optional<String> format) {
}
