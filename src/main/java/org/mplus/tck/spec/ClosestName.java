package org.mplus.tck.spec;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "did you mean …?": the known name a wrong one is most likely a slip for, if one is close enough. */
public final class ClosestName {

    private ClosestName() {
    }

    /**
     * The known name fewest edits away (letters inserted, dropped, changed or swapped; case ignored), when those
     * edits are at most a third of the shorter name: a slip, not a different word.
     */
    public static Optional<String> to(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(g, k.toLowerCase(Locale.ROOT)) <= Math.max(1, Math.min(g.length(), k.length()) / 3))
                .min(Comparator.comparingInt(k -> distance(g, k.toLowerCase(Locale.ROOT))));
    }

    /** ": did you mean "sendMessage"?", to end a message with, or nothing. */
    public static String hint(String given, Collection<String> known) {
        return to(given, known).map(k -> ": did you mean \"" + k + "\"?").orElse("");
    }

    /** Optimal string alignment distance: Levenshtein's, with two neighbours swapped counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
