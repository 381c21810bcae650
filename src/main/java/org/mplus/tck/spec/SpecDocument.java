package org.mplus.tck.spec;

import java.util.List;

/**
 * The spec under test, line by line: the kit's copy of the host app's doc, so that every rule can cite
 * the line it rests on and a test can prove the quote is really there.
 */
public record SpecDocument(String path, List<String> lines) {

    public SpecDocument {
        lines = List.copyOf(lines);
    }

    public static SpecDocument load(String path) {
        return new SpecDocument(path, KitResources.read(path).lines().toList());
    }

    /** Line {@code n} (1-based) with HTML tags removed, as a reader sees it; empty past the end. */
    public String text(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1).replaceAll("<[^>]+>", "").trim() : "";
    }

    public boolean says(int line, String quote) {
        return text(line).contains(quote);
    }
}
