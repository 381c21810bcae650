package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.cli.Cli;
import org.mplus.tck.report.Reports;

/** A faulty bridge judged as three shards fails the merged run as it fails the whole run, on the same scenarios. */
class ShardedFaultyBridgeTest {

    @TempDir
    Path temp;

    private static List<String> failed(Path reports) throws IOException {
        JsonNode json = new ObjectMapper().readTree(Files.readString(reports.resolve(Reports.JSON)));
        return StreamSupport.stream(json.get("scenarios").spliterator(), false)
                .filter(s -> !s.get("verdict").asText().equals("PASS"))
                .map(s -> s.get("uniqueId").asText() + " " + s.get("verdict").asText()).toList();
    }

    @Test
    void aFaultyBridgesShardsMergeToExit1() throws IOException {
        CorpusBridge bridge = CorpusBridge.named(FaultyBridgesTest.FAULTY, "missing-send-message");
        String file = bridge.composed(temp).toString();
        String tags = bridge.tags().orElseThrow();
        Path whole = temp.resolve("whole");
        Cli single = Cli.run("run", "--bridge", file, "--tags", tags, "--report-dir", whole.toString());
        assertEquals(1, single.exit(), single.out());

        List<String> args = new ArrayList<>(List.of("merge-reports", "--report-dir", temp.resolve("merged").toString()));
        for (int k = 1; k <= 3; k++) {
            Path dir = temp.resolve("shard-" + k);
            Cli.run("run", "--bridge", file, "--tags", tags, "--shard", k + "/3", "--report-dir", dir.toString());
            args.add(dir.toString());
        }
        Cli merged = Cli.run(args.toArray(String[]::new));
        assertEquals(1, merged.exit(), merged.out());
        assertEquals(single.lastLine(), merged.lastLine());
        assertEquals(failed(whole), failed(temp.resolve("merged")));
    }
}
