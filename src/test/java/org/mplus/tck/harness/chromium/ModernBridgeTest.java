package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.ScenarioResult;

/**
 * The expected outcome for a modern bridge (class, arrow functions, async/await, fetch): HtmlUnit cannot judge
 * it and says so; Chromium judges it, and it conforms, on the same scenarios.
 */
class ModernBridgeTest {

    private static final Optional<String> TAGS = Optional.of("@rule:GET-IMTYPE-01 or @rule:SEND-CHAT-01");
    private static final List<Integer> RONGLIAN = List.of(1);
    private static final Duration TIMEOUT = Duration.ofMillis(2000);

    private static BridgeSource es2017Bridge() {
        try {
            Path path = Path.of(ModernBridgeTest.class.getResource("/bridges/es2017-bridge.js").toURI());
            return new BridgeSource.ScriptFile(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunResult run(EngineKind engine) {
        return SuiteRuns.run(es2017Bridge(), engine, RONGLIAN, TAGS, TIMEOUT);
    }

    /** Every scenario, each judged on 容联云 (the run claims imType 1 only), with its verdict. */
    private static void assertAllJudged(RunResult run, Verdict verdict, String mentioning) {
        for (ScenarioResult s : judged(run)) {
            assertEquals(verdict, s.verdict(), s.name() + ": " + s.message());
            assertTrue(s.message().contains(mentioning), s.message());
        }
    }

    private static List<ScenarioResult> judged(RunResult run) {
        List<ScenarioResult> judged = run.scenarios();
        assertFalse(judged.isEmpty(), "the tags select scenarios: " + run.scenarios());
        assertTrue(judged.stream().allMatch(s -> s.imType().equals(Optional.of(1))), "judged on 容联云");
        return judged;
    }

    @Test
    void isAHarnessErrorOnHtmlUnitThatPointsToChromium() {
        assertAllJudged(run(EngineKind.HTMLUNIT), Verdict.HARNESS_ERROR, "--engine chromium");
    }

    @Test
    @ChromiumInstalled
    void passesOnChromiumOnTheSameScenarios() {
        RunResult chromium = run(EngineKind.CHROMIUM);
        assertAllJudged(chromium, Verdict.PASS, "");
        assertTrue(SuiteRuns.engine(chromium).startsWith("Chromium "), SuiteRuns.engine(chromium));
        RunResult htmlUnit = run(EngineKind.HTMLUNIT);
        assertEquals(SuiteRuns.verdicts(htmlUnit).keySet(), SuiteRuns.verdicts(chromium).keySet());
        assertEquals(judged(htmlUnit).size(), judged(chromium).size());
    }
}
