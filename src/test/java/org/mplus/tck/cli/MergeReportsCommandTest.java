package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.report.Reports;
import org.mplus.tck.spec.SchemaSet;

/**
 * `run --shard K/N` and `merge-reports`, end to end: the reference suite judged whole and as three shards, whose
 * merged reports are the whole run's; and shards that do not make one run, each refused with a line naming it.
 */
class MergeReportsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Cli single;
    private static final List<Path> SHARDS = new ArrayList<>();

    @BeforeAll
    static void judgeTheReferenceSuiteWholeAndInThreeShards() {
        single = Cli.run("run", "--report-dir", temp.resolve("single").toString());
        for (int k = 1; k <= 3; k++) {
            Path dir = temp.resolve("shard-" + k);
            Cli shard = Cli.run("run", "--shard", k + "/3", "--report-dir", dir.toString());
            assertTrue(shard.out().contains(" · shard " + k + "/3"), shard.out());
            SHARDS.add(dir);
        }
    }

    private static JsonNode json(Path dir) throws IOException {
        JsonNode json = JSON.readTree(Files.readString(dir.resolve(Reports.JSON), StandardCharsets.UTF_8));
        assertEquals(List.of(), new SchemaSet().validate("conformance.schema.json", json));
        return json;
    }

    private static List<JsonNode> scenarios(JsonNode json) {
        return StreamSupport.stream(json.get("scenarios").spliterator(), false).toList();
    }

    private static Cli merge(Path out, Path... dirs) {
        List<String> args = new ArrayList<>(List.of("merge-reports", "--report-dir", out.toString()));
        for (Path d : dirs) {
            args.add(d.toString());
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void threeShardsSplitTheSuiteAndMergeIntoTheSingleRunsReports() throws Exception {
        Set<String> dealt = new HashSet<>();
        int total = 0;
        for (Path dir : SHARDS) {
            List<JsonNode> part = scenarios(json(dir));
            assertTrue(part.size() > 50, dir + " judged " + part.size() + " scenarios: the parts are near a third each");
            part.forEach(s -> dealt.add(s.get("uniqueId").asText()));
            total += part.size();
        }
        assertEquals(total, dealt.size(), "no scenario judged by two shards");

        Path merged = temp.resolve("merged");
        Cli m = merge(merged, SHARDS.get(2), SHARDS.get(0), SHARDS.get(1));
        assertEquals(single.exit(), m.exit(), m.out());
        assertEquals(0, m.exit(), single.out());
        assertTrue(m.lastLine().startsWith("conformant: no MUST rule broken"), m.lastLine());

        JsonNode one = json(temp.resolve("single"));
        JsonNode all = json(merged);
        List<JsonNode> wanted = scenarios(one);
        List<JsonNode> got = scenarios(all);
        assertEquals(wanted.stream().map(s -> s.get("uniqueId").asText()).toList(),
                got.stream().map(s -> s.get("uniqueId").asText()).toList(), "the same scenarios, in the same order");
        assertEquals(total, got.size());
        for (int i = 0; i < wanted.size(); i++) {
            String a = wanted.get(i).get("verdict").asText();
            String b = got.get(i).get("verdict").asText();
            // FLAKY is by definition what one machine saw once under load: a failure that did not repeat alone
            assertTrue(a.equals(b) || Set.of(a, b).equals(Set.of("PASS", "FLAKY")),
                    wanted.get(i).get("id").asText() + ": " + a + " in the single run, " + b + " merged");
        }
        assertEquals(one.at("/summary/total"), all.at("/summary/total"));
        assertEquals(one.at("/summary/exitCode"), all.at("/summary/exitCode"));
        assertTrue(all.get("shard").isNull(), "the merged reports are one run's, of no shard");
        assertEquals(one.get("bridge").get("imTypes"), all.get("bridge").get("imTypes"));
        assertEquals(one.get("matrix").size(), all.get("matrix").size());
        assertEquals(one.get("rules").size(), all.get("rules").size());
        for (String file : List.of(Reports.HTML, Reports.HTML_LINKED, Reports.MARKDOWN, Reports.JUNIT)) {
            assertTrue(Files.size(merged.resolve(file)) > 0, file);
        }
        assertEquals(total, DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(merged.resolve(Reports.JUNIT).toFile()).getElementsByTagName("testcase").getLength());
        assertTrue(Files.readString(merged.resolve(Reports.MARKDOWN)).contains(total + " in "),
                "conformance.md counts the whole run");
    }

    @Test
    void aMissingShardIsAnErrorNamingIt() {
        Cli m = merge(temp.resolve("missing"), SHARDS.get(0), SHARDS.get(2));
        assertEquals(2, m.exit());
        assertEquals("usage error: shard 2/3 is missing: give the report directories of all 3 shards", m.lastLine());
        assertTrue(!Files.exists(temp.resolve("missing").resolve(Reports.JSON)), "no merged report of a part");
    }

    @Test
    void aDuplicatedShardIsAnErrorNamingIt() {
        Cli m = merge(temp.resolve("twice"), SHARDS.get(0), SHARDS.get(1), SHARDS.get(1), SHARDS.get(2));
        assertEquals(2, m.exit());
        assertEquals("usage error: shard 2/3 is given twice (" + SHARDS.get(1) + " and " + SHARDS.get(1)
                + "): give each shard's report directory once", m.lastLine());
    }

    @Test
    void aShardOfAnotherBridgeIsAnErrorNamingIt() {
        Path other = temp.resolve("other-bridge");
        Cli shard = Cli.run("run", "--shard", "2/3", "--report-dir", other.toString(),
                "--bridge", "src/test/resources/bridges/getimtype-name.js", "--im-type", "1");
        assertEquals(1, shard.exit(), shard.out());
        Cli m = merge(temp.resolve("mismatched"), SHARDS.get(0), other, SHARDS.get(2));
        assertEquals(2, m.exit());
        assertTrue(m.lastLine().startsWith("usage error: mismatched shard 2/3 (" + other + "): its bridge is "
                + "src/test/resources/bridges/getimtype-name.js, sha256 "), m.lastLine());
        assertTrue(m.lastLine().endsWith(", shard 1/3's (" + SHARDS.get(0) + ") is reference bridge "
                + "(mock-server/__files/mplus.js), sha256 " + json1Sha() + ": merge the shards of one run"),
                m.lastLine());
    }

    private static String json1Sha() {
        try {
            return json(SHARDS.get(0)).at("/shard/bridgeSha256").asText().substring(0, 12);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aShardOfAnotherKitVersionIsAnErrorNamingIt() throws IOException {
        Path older = temp.resolve("older-kit");
        Files.createDirectories(older);
        ObjectNode json = (ObjectNode) json(SHARDS.get(1));
        ((ObjectNode) json.get("kit")).put("version", "0.0.9");
        Files.writeString(older.resolve(Reports.JSON), JSON.writeValueAsString(json));
        Cli m = merge(temp.resolve("older"), SHARDS.get(0), older, SHARDS.get(2));
        assertEquals(2, m.exit());
        assertTrue(m.lastLine().startsWith("usage error: mismatched shard 2/3 (" + older + "): its kit is "
                + "mplus-tck 0.0.9, shard 1/3's"), m.lastLine());
    }

    @Test
    void aRunThatWasNoShardIsNoPart() {
        Cli m = merge(temp.resolve("whole"), SHARDS.get(0), temp.resolve("single"), SHARDS.get(2));
        assertEquals(2, m.exit());
        assertEquals("usage error: " + temp.resolve("single").resolve(Reports.JSON) + " is not a shard's report (its "
                + "run had no --shard K/N): merge the reports of `run --shard 1/N` … `run --shard N/N`", m.lastLine());
    }

    @Test
    void aBadShardIsAUsageError() {
        Cli r = Cli.run("run", "--shard", "4/3", "--report-dir", temp.resolve("bad").toString());
        assertEquals(2, r.exit());
        assertEquals("usage error: --shard 4/3: give K/N with 1 <= K <= N, e.g. 2/3 for the second of three shards",
                r.lastLine());
    }
}
