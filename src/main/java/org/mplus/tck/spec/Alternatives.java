package org.mplus.tck.spec;

import java.util.List;

/** Writes a choice the way a sentence does: "a", "a or b", "a, b or c". */
final class Alternatives {

    private Alternatives() {
    }

    static String join(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
    }
}
