package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.MainRules;

/** What the corpus judges a faulty bridge on: the scenarios of its header's rules and a fixed sample. */
class CorpusSampleTest {

    private static final List<Integer> BOTH_IMS = List.of(0, 1);

    @Test
    void theSampleJudgesEveryCallOnARuleOfItsOwn() {
        Catalog catalog = Catalog.standard();
        List<String> owners = MainRules.IDS.stream()
                .map(id -> catalog.rule(id).orElseThrow(() -> new AssertionError(id + " is no rule of the catalog")))
                .map(r -> String.join(",", r.appliesTo())).toList();
        assertEquals(catalog.calls().stream().map(Call::name).toList(), owners);
    }

    @Test
    void aBridgeIsJudgedOnItsRulesTheSampleAndTheHooksItIgnores() {
        CorpusBridge bridge = CorpusBridge.named(FaultyBridgesTest.FAULTY, "share-never-delivers");
        String tags = CorpusSample.tags(bridge, BOTH_IMS).orElseThrow();
        for (String rule : bridge.caughtOn(BOTH_IMS)) {
            assertTrue(tags.contains("@rule:" + rule + " "), rule + " missing from " + tags);
        }
        assertTrue(tags.contains("@rule:GET-IMTYPE-01 or "), tags);
        assertTrue(tags.endsWith(" or @hook:mplusTckUser"), tags);
    }

    @Test
    void theTagsOfABridgesHeaderAreKeptAsTheyAre() {
        CorpusBridge bridge = CorpusBridge.named(FaultyBridgesTest.FAULTY, "never-calls-back");
        assertEquals(Optional.of("@rule:GET-IMTYPE-01"), CorpusSample.tags(bridge, BOTH_IMS));
    }

    /**
     * A bridge that sends one-to-one messages to groups and greets instead of showing a chat, whose header owns up to
     * the first alone: its own rule's scenarios never see the second, the sample's do.
     */
    @Test
    void theSampleCatchesARuleTheHeaderHidesOutsideItsScenarios(@TempDir Path work) throws IOException {
        Path overlay = Files.createDirectory(work.resolve("overlay")).resolve("chat-to-group-and-greets.js");
        Files.writeString(overlay, CorpusBridge.named(FaultyBridgesTest.FAULTY, "chat-to-group").source() + "\n"
                + CorpusBridge.named(FaultyBridgesTest.FAULTY, "show-sends-greeting").source(), StandardCharsets.UTF_8);
        CorpusBridge hiding = new CorpusBridge("chat-to-group-and-greets", overlay, Set.of("SEND-CHAT-02"), Set.of(),
                Map.of(), Set.of(), Optional.empty(), Set.of(), Set.of());

        assertDoesNotThrow(() -> FaultyBridgesTest.judge(hiding, Optional.of("@rule:SEND-CHAT-02"), work));
        AssertionError e = assertThrows(AssertionError.class, () -> FaultyBridgesTest.judge(hiding,
                CorpusSample.tags(hiding, BOTH_IMS), work));
        assertTrue(e.getMessage().contains("also caught on [SHOW-CHAT-01], which its header does not list"),
                e.getMessage());
    }
}
