package org.mplus.tck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How `run --shard K/N` deals the scenarios: each in one part, the same whatever order they were found in, by cost. */
class ShardTest {

    private record Planned(String key, int cost) {
    }

    /** 100 scenarios on two vendors, 6 of them @slow. */
    private static List<Planned> suite() {
        List<Planned> all = new ArrayList<>();
        for (int vendor = 0; vendor < 2; vendor++) {
            for (int line = 10; line < 60; line++) {
                all.add(new Planned(vendor + "/feature-" + (line % 7) + ":" + line,
                        line % 17 == 0 ? Shard.SLOW_COST : 1));
            }
        }
        return all;
    }

    private static List<Planned> part(int k, int n, List<Planned> all) {
        return new Shard(k, n).part(all, Planned::key, Planned::cost);
    }

    @Test
    void everyScenarioFallsInExactlyOnePart() {
        List<Planned> all = suite();
        Set<Planned> seen = new HashSet<>();
        int dealt = 0;
        for (int k = 1; k <= 3; k++) {
            List<Planned> part = part(k, 3, all);
            dealt += part.size();
            seen.addAll(part);
        }
        assertEquals(all.size(), dealt, "no scenario in two parts");
        assertEquals(Set.copyOf(all), seen, "none left out");
        assertEquals(all, part(1, 1, all).stream().sorted((a, b) -> all.indexOf(a) - all.indexOf(b)).toList(),
                "one shard is the whole run");
    }

    @Test
    void thePartsDoNotDependOnTheOrderTheScenariosWereFoundIn() {
        List<Planned> shuffled = new ArrayList<>(suite());
        Collections.shuffle(shuffled, new Random(7));
        for (int k = 1; k <= 3; k++) {
            assertEquals(Set.copyOf(part(k, 3, suite())), Set.copyOf(part(k, 3, shuffled)), "shard " + k + "/3");
        }
    }

    @Test
    void slowScenariosAreSpreadAndTheCostsBalanced() {
        List<Planned> all = suite();
        long slow = all.stream().filter(p -> p.cost() > 1).count();
        assertEquals(6, slow);
        int total = all.stream().mapToInt(Planned::cost).sum();
        for (int k = 1; k <= 3; k++) {
            List<Planned> part = part(k, 3, all);
            assertEquals(2, part.stream().filter(p -> p.cost() > 1).count(), "shard " + k + "/3 has 2 of the 6 @slow");
            int cost = part.stream().mapToInt(Planned::cost).sum();
            assertTrue(Math.abs(cost - total / 3.0) <= 1, "shard " + k + "/3 costs " + cost + " of " + total);
        }
    }

    @Test
    void moreShardsThanScenariosLeavesSomeEmpty() {
        List<Planned> two = suite().subList(0, 2);
        assertEquals(2, IntStream.rangeClosed(1, 5).map(k -> part(k, 5, two).size()).sum());
    }

    @Test
    void aShardIsKOfN() {
        assertEquals(new Shard(2, 3), Shard.parse(" 2/3 "));
        assertEquals("2/3", Shard.parse("2/3").toString());
        for (String bad : List.of("3", "0/3", "4/3", "2/0", "a/b", "2/3/4", "-1/3", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--shard ") && e.getMessage().contains("2/3"), e.getMessage());
        }
    }
}
