package org.mplus.tck.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mplus.tck.harness.Shard;

/**
 * The reports of `run --shard 1/N` … `run --shard N/N` judged as the one run they are parts of: every part present
 * once, all of one run (the same bridge, kit, profile, engine, vendors, tags, --strict and --timeout-ms), and their
 * scenarios settled together, as one run settles them, before the gate judges them.
 */
public final class ShardMerge {

    /** What every shard of one run has in common, and how an error names it. */
    private record Same(String what, Function<ShardReport, Object> of, Function<ShardReport, String> shown) {
    }

    private static final List<Same> SAME = List.of(
            new Same("shard count", r -> r.shard().count(), r -> "of " + r.shard().count()),
            new Same("kit", r -> r.run().setup().kitVersion(), r -> "mplus-tck " + r.run().setup().kitVersion()),
            new Same("bridge", r -> stamp(r).bridgeSha256(),
                    r -> r.run().setup().bridgeSource() + ", sha256 " + stamp(r).bridgeSha256().substring(0, 12)),
            new Same("profile", r -> stamp(r).profileSha256(), r -> r.run().setup().profile().map(
                    p -> p + ", sha256 " + stamp(r).profileSha256().orElseThrow().substring(0, 12)).orElse("none")),
            new Same("engine", r -> r.run().setup().engine(), r -> r.run().setup().engine()),
            new Same("vendors (imType)", r -> r.run().setup().imTypes(), r -> r.run().setup().imTypes().toString()),
            new Same("tags", r -> r.run().setup().tags(), r -> r.run().setup().tags().orElse("none")),
            new Same("--strict", r -> r.run().setup().strict(), r -> r.run().setup().strict() ? "on" : "off"),
            new Same("--timeout-ms", r -> stamp(r).timeoutMs(), r -> String.valueOf(stamp(r).timeoutMs())));

    private ShardMerge() {
    }

    /**
     * @param dirs  the shards' report directories, in any order
     * @param today the day the profile's expiry dates are judged against
     * @throws ShardMergeError naming the shard that is missing, given twice, of another run, or stopped
     */
    public static Assessment assess(List<Path> dirs, LocalDate today) {
        List<ShardReport> shards = dirs.stream().map(ShardReport::read)
                .sorted(Comparator.comparingInt(r -> r.shard().index())).toList();
        check(shards);
        ShardReport first = shards.get(0);
        List<ScenarioResult> scenarios = new ArrayList<>();
        Map<String, ShardReport> seen = new HashMap<>();
        for (ShardReport shard : shards) {
            for (ScenarioResult s : shard.run().scenarios()) {
                ShardReport other = seen.putIfAbsent(s.id(), shard);
                if (other != null) {
                    throw new ShardMergeError("shard " + shard.shard() + " (" + shard.dir() + ") and shard "
                            + other.shard() + " (" + other.dir() + ") both judged " + s.location() + " on imType "
                            + s.imType().orElse(-1) + ": their runs split the scenarios differently; run every "
                            + "shard with one kit version");
                }
                scenarios.add(shard.run().unsettled().getOrDefault(s.id(), s));
            }
        }
        RunSetup setup = first.run().setup();
        // one run judges its vendors one pass after the other: a scenario on the first vendor before the same on the next
        scenarios.sort(Comparator.comparingInt(s -> setup.imTypes().indexOf(s.imType().orElse(-1))));
        Instant started = shards.stream().map(r -> r.run().setup().started()).min(Comparator.naturalOrder())
                .orElseThrow();
        RunSetup merged = new RunSetup(setup.kitVersion(), setup.bridgeSource(), setup.bridgeName(),
                setup.clientVersion(), setup.imTypes(), setup.calls(), setup.engine(), setup.engineVersion(),
                setup.profile(), setup.tags(), setup.strict(), started);
        // the shards ran side by side: the run took as long as the slowest
        Duration wall = shards.stream().map(r -> r.run().wall()).max(Comparator.naturalOrder()).orElseThrow();
        return Assessment.of(new RunResult(merged, HookVerdicts.settle(scenarios), wall, Optional.empty()),
                first.expected(), today);
    }

    private static void check(List<ShardReport> shards) {
        if (shards.isEmpty()) {
            throw new ShardMergeError("no shard given: name the report directory of every `run --shard K/N`");
        }
        ShardReport first = shards.get(0);
        for (ShardReport r : shards) {
            r.run().stopped().ifPresent(why -> {
                throw new ShardMergeError("shard " + r.shard() + " (" + r.dir() + ") stopped before judging: "
                        + why.lines().findFirst().orElse("") + "; run it again, then merge");
            });
            for (Same same : SAME) {
                if (!Objects.equals(same.of().apply(r), same.of().apply(first))) {
                    throw new ShardMergeError("mismatched shard " + r.shard() + " (" + r.dir() + "): its " + same.what()
                            + " is " + same.shown().apply(r) + ", shard " + first.shard() + "'s ("
                            + first.dir() + ") is " + same.shown().apply(first) + ": merge the shards of one run");
                }
            }
        }
        for (int i = 1; i < shards.size(); i++) {
            if (shards.get(i).shard().index() == shards.get(i - 1).shard().index()) {
                throw new ShardMergeError("shard " + shards.get(i).shard() + " is given twice (" + shards.get(i - 1).dir()
                        + " and " + shards.get(i).dir() + "): give each shard's report directory once");
            }
        }
        int count = first.shard().count();
        for (int k = 1; k <= count; k++) {
            int index = k;
            if (shards.stream().noneMatch(r -> r.shard().index() == index)) {
                throw new ShardMergeError("shard " + new Shard(k, count) + " is missing: give the report directories "
                        + "of all " + count + " shards");
            }
        }
    }

    private static ShardStamp stamp(ShardReport r) {
        return r.run().setup().shard().orElseThrow();
    }
}
