package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.SchemaSet;

/** FLAKY and NOT-PLAYABLE in every report: warnings and skips that never fail the run, with their reasons. */
class FlakyAndNotPlayableReportsTest {

    private static final ScenarioResult GOOD = Results.passed("get-im-type.feature:23", "getImType on 容联云",
            "GET-IMTYPE-01");
    private static final ScenarioResult FLAKY = new TimingConfirmation(new ScenarioResult("id-flaky",
            "sendChatMessage on 容联云 fails when the vendor does not answer in time", "Vendor faults",
            "vendor-faults.feature:70", "sendChatMessage", Optional.of(1), List.of("CALLBACK-01"), List.of(),
            Verdict.TIMEOUT, Optional.of(Results.finding("CALLBACK-01", "no callback within 3000 ms")), List.of(),
            "no callback within 3000 ms", 3001, List.of(), new Timing(List.of("the kit stopped waiting"), 0)),
            Results.passed("vendor-faults.feature:70", "alone", "CALLBACK-01")).verdict();
    private static final ScenarioResult UNPLAYABLE = HookVerdicts.settle(List.of(new ScenarioResult("id-share",
            "shareIMUI on 容联云 fails and sends nothing when the user cancels", "shareIMUI", "share-im-ui.feature:39",
            "shareIMUI", Optional.of(1), List.of("SHARE-02"), List.of(), Verdict.FAIL,
            Optional.of(Results.finding("SHARE-02", "success({})")), List.of(), "SHARE-02 (MUST) broken", 20,
            List.of(new HookUse("mplusTckUser", true, false, false, false)), Timing.NONE))).get(0);

    private static Assessment assess(boolean strict, ScenarioResult... scenarios) {
        return Assessment.of(new RunResult(Results.setup(strict), List.of(scenarios), Duration.ofMillis(10),
                Optional.empty()), List.of(), LocalDate.parse("2026-11-26"));
    }

    @Test
    void neitherFailsTheRunNotEvenWithStrictAndTheGateSaysWhy() {
        Gate gate = assess(true, GOOD, FLAKY, UNPLAYABLE).gate();
        assertEquals(Gate.CONFORMANT, gate.exitCode(), gate.reason());
        assertEquals("conformant: no MUST rule broken (1 FLAKY: failed among the others, passed when re-run alone; "
                + "1 NOT-PLAYABLE: the bridge does not read window.mplusTckUser)", gate.reason());
    }

    @Test
    void aRunWhoseScenariosAreAllNotPlayableJudgedNothing() {
        Gate gate = assess(false, UNPLAYABLE).gate();
        assertEquals(Gate.HARNESS_ERROR, gate.exitCode());
        assertTrue(gate.reason().startsWith("harness error: no scenario ran (all skipped or not playable"),
                gate.reason());
    }

    @Test
    void theJsonCountsThemListsTheHookAndMatchesItsSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(assess(false, GOOD, FLAKY, UNPLAYABLE)));
        assertEquals(List.of(), new SchemaSet().validate(JsonReport.SCHEMA, json));
        assertEquals(1, json.at("/summary/flaky").asInt());
        assertEquals(1, json.at("/summary/notPlayable").asInt());
        assertEquals("mplusTckUser", json.at("/hooks/0/name").asText());
        assertEquals(false, json.at("/hooks/0/honoured").asBoolean());
        assertEquals(1, json.at("/hooks/0/notPlayable").asInt());
        assertTrue(json.at("/hooks/0/advice").asText().startsWith("to be judged here, read window.mplusTckUser"));
        assertEquals("the kit stopped waiting", json.at("/scenarios/2/timing").asText(), json.at("/scenarios/2").toString());
        assertEquals("the kit's reading", ruleBasis(json, "INPUT-03"));
        assertEquals("a message faked", ruleBasis(json, "DELIVERY-01"));
    }

    private static String ruleBasis(JsonNode json, String id) {
        for (JsonNode rule : json.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule.get("basis").asText();
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void junitPassesTheFlakyWithItsWarningAndSkipsTheNotPlayableWithItsAdvice() {
        String xml = JUnitReport.render(assess(false, GOOD, FLAKY, UNPLAYABLE));
        assertTrue(xml.contains("failures=\"0\" errors=\"0\" skipped=\"1\""), xml);
        assertTrue(xml.contains("<system-out>verdict: FLAKY\nFLAKY: TIMEOUT among the other scenarios"), xml);
        assertTrue(xml.contains("<skipped message=\"not playable: this scenario needs the kit to play the user at the "
                + "share picker through window.mplusTckUser"), xml);
        assertTrue(xml.contains("<property name=\"hook window.mplusTckUser\" value=\"NOT honoured: the bridge never "
                + "read it, 1 scenario(s) NOT-PLAYABLE; "), xml);
    }

    @Test
    void theCountsNameThemBesideTheOthers() {
        assertEquals("1 passed, 0 failed, 0 warned, 0 timed out, 1 flaky, 1 not playable, 0 skipped, 0 harness errors",
                assess(false, GOOD, FLAKY, UNPLAYABLE).tally().text());
    }
}
