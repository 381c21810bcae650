package org.mplus.tck.spec;

import java.util.List;

/**
 * A place where the doc can be read two ways, and the kit's reading of it.
 *
 * @param id       the anchor rules rest on it by (docs/rules.md#id)
 * @param question what is unclear
 * @param reading  how the kit reads it, and why
 * @param checked  which rules check it, at which level, or "not checked"
 * @param lines    the spec lines concerned
 */
public record Ambiguity(String id, String question, String reading, String checked, List<Integer> lines) {
    public Ambiguity {
        lines = List.copyOf(lines);
    }
}
