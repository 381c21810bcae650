package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Shard;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;

/**
 * A shard's conformance.json carries every scenario as it was judged, and merging judges the parts as one run: what
 * only the whole run can know (whether the bridge reads a test hook at all) is settled over every shard's scenarios.
 */
class ShardMergeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    private static final HookUse READ = new HookUse("mplusTckUser", true, true, false, false);
    private static final HookUse UNREAD = new HookUse("mplusTckUser", true, false, false, false);

    @TempDir
    Path temp;

    private static ScenarioResult share(String location, Verdict verdict, HookUse use) {
        return new ScenarioResult("[vendor:ronglian]/" + location, Results.on("shareIMUI " + location, 1), "shareIMUI",
                location, "shareIMUI", Optional.of(1), List.of("SHARE-02"), List.of("SHARE-02"), verdict,
                verdict == Verdict.FAIL ? Optional.of(Results.finding("SHARE-02", "success({})")) : Optional.empty(),
                List.of(), verdict == Verdict.FAIL ? "SHARE-02 (MUST) broken" : "", 20, List.of(use),
                new Timing(List.of("the vendor answers after 400 ms"), 120));
    }

    /** Judged as a shard judges its part: hooks settled over its own scenarios, what settling changed kept. */
    private Path shard(int k, int n, ExpectedFailure expected, ScenarioResult... judged) throws IOException {
        List<ScenarioResult> settled = HookVerdicts.settle(List.of(judged));
        Map<String, ScenarioResult> unsettled = new java.util.HashMap<>();
        for (int i = 0; i < judged.length; i++) {
            if (settled.get(i).verdict() != judged[i].verdict()) {
                unsettled.put(judged[i].id(), judged[i]);
            }
        }
        RunSetup setup = Results.setup(false).withShard(new ShardStamp(new Shard(k, n), "ab".repeat(32),
                Optional.empty(), 3000));
        Path dir = temp.resolve("shard-" + k + "-" + System.nanoTime());
        Reports.write(dir, Assessment.of(new RunResult(setup, settled, Duration.ofMillis(100L * k), Optional.empty(),
                unsettled), List.of(expected), TODAY));
        return dir;
    }

    private static final ExpectedFailure ENTRY = new ExpectedFailure(Optional.of("GET-IMTYPE-01"), Optional.empty(),
            "ACME-1", LocalDate.parse("2027-01-01"));

    @Test
    void aShardsReportReadsBackAsTheScenariosItJudged() throws IOException {
        ScenarioResult failed = Results.failed("get-im-type.feature:20", "getImType", "GET-IMTYPE-01", "\"ronglian\"",
                "GET-IMTYPE-01", "CALLBACK-01");
        ScenarioResult warned = Results.warned("callbacks.feature:9", "async", List.of("CALLBACK-04"), "CALLBACK-04");
        ScenarioResult read = share("share-im-ui.feature:30", Verdict.PASS, READ);
        ShardReport back = ShardReport.read(shard(1, 1, ENTRY, failed, warned, read));
        assertEquals(List.of(warned, failed, read), back.run().scenarios());
        assertEquals(List.of(ENTRY), back.expected());
        assertEquals(new Shard(1, 1), back.shard());
        assertEquals(Results.setup(false).imTypes(), back.run().setup().imTypes());
    }

    @Test
    void aHookReadInOneShardIsHonouredInTheMergedRun() throws IOException {
        ScenarioResult readHere = share("share-im-ui.feature:30", Verdict.PASS, READ);
        ScenarioResult unreadThere = share("share-im-ui.feature:40", Verdict.FAIL, UNREAD);
        Path one = shard(1, 2, ENTRY, readHere);
        Path two = shard(2, 2, ENTRY, unreadThere);
        assertEquals(Verdict.NOT_PLAYABLE, ShardReport.read(two).run().scenarios().get(0).verdict(),
                "alone, shard 2/2 never saw the hook read");

        Assessment merged = ShardMerge.assess(List.of(two, one), TODAY);
        Assessment whole = Assessment.of(new RunResult(Results.setup(false),
                HookVerdicts.settle(List.of(readHere, unreadThere)), Duration.ofMillis(200), Optional.empty()),
                List.of(ENTRY), TODAY);
        assertEquals(whole.run().scenarios(), merged.run().scenarios());
        assertEquals(Verdict.FAIL, merged.run().scenarios().get(1).verdict());
        assertEquals(whole.gate(), merged.gate());
        assertEquals(Gate.NOT_CONFORMANT, merged.gate().exitCode());
        assertEquals(Duration.ofMillis(200), merged.run().wall(), "the slowest shard's");
        assertEquals(Optional.empty(), merged.run().setup().shard());
        assertEquals(JsonReport.render(whole), JsonReport.render(merged), "the merged conformance.json is the run's");
    }

    @Test
    void aShardThatStoppedIsNamed() throws IOException {
        Path one = shard(1, 2, ENTRY, share("share-im-ui.feature:30", Verdict.PASS, READ));
        Path two = temp.resolve("stopped");
        RunSetup setup = Results.setup(false).withShard(new ShardStamp(new Shard(2, 2), "ab".repeat(32),
                Optional.empty(), 3000));
        Reports.write(two, Assessment.of(RunResult.stopped(setup, "harness error: chromium is not installed"),
                List.of(), TODAY));
        ShardMergeError e = assertThrows(ShardMergeError.class, () -> ShardMerge.assess(List.of(one, two), TODAY));
        assertEquals("shard 2/2 (" + two + ") stopped before judging: harness error: chromium is not installed; "
                + "run it again, then merge", e.getMessage());
    }

    @Test
    void aDirectoryWithoutAReportIsNamed() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        ShardMergeError e = assertThrows(ShardMergeError.class, () -> ShardMerge.assess(List.of(empty), TODAY));
        assertTrue(e.getMessage().startsWith(empty + " holds no conformance.json"), e.getMessage());
    }
}
