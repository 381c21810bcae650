package org.mplus.tck.harness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N parts of a run's scenarios (`run --shard K/N`): each scenario falls in exactly one part, the same on
 * every machine, so that N machines judge the whole suite once and `merge-reports` joins their reports.
 *
 * @param index K, from 1
 * @param count N
 */
public record Shard(int index, int count) {

    /** What a scenario tagged @slow is estimated to cost, in scenarios of the ordinary kind (see {@link #part}). */
    public static final int SLOW_COST = 20;
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + index + "/" + count
                    + ": give K/N with 1 <= K <= N, e.g. 2/3 for the second of three shards");
        }
    }

    /** Reads --shard K/N. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard " + text + " is not K/N: give e.g. 2/3 for the second of "
                    + "three shards");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * This shard's part of the scenarios. The costliest are dealt first, each to the part with the least cost so far
     * (the lowest K on a tie), so the @slow ones are spread over the parts before the others fill them up evenly;
     * the order depends on the scenarios' keys and costs alone, never on the order they were found in.
     *
     * @param key  what tells a scenario apart on every machine: its vendor, feature file and line
     * @param cost its estimated cost: {@value #SLOW_COST} when tagged @slow, 1 otherwise
     */
    public <T> List<T> part(List<T> scenarios, Function<T, String> key, ToIntFunction<T> cost) {
        List<T> dealt = new ArrayList<>(scenarios);
        dealt.sort(Comparator.comparingInt(cost).reversed().thenComparing(key));
        long[] load = new long[count];
        List<T> mine = new ArrayList<>();
        for (T scenario : dealt) {
            int least = 0;
            for (int k = 1; k < count; k++) {
                if (load[k] < load[least]) {
                    least = k;
                }
            }
            load[least] += cost.applyAsInt(scenario);
            if (least == index - 1) {
                mine.add(scenario);
            }
        }
        return mine;
    }

    /** As --shard takes it: 2/3. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
