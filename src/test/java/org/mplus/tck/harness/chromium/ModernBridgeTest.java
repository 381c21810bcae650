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

    private static List<ScenarioResult> judged(RunResult run) {
        List<ScenarioResult> judged = run.scenarios().stream().filter(s -> s.verdict() != Verdict.SKIP).toList();
        assertFalse(judged.isEmpty(), "the tags select scenarios on 容联云: " + run.scenarios());
        return judged;
    }

    @Test
    void isAHarnessErrorOnHtmlUnitThatPointsToChromium() {
        RunResult run = SuiteRuns.run(es2017Bridge(), EngineKind.HTMLUNIT, RONGLIAN, TAGS, TIMEOUT);
        for (ScenarioResult s : judged(run)) {
            assertEquals(Verdict.HARNESS_ERROR, s.verdict(), s.name() + ": " + s.message());
            assertTrue(s.message().contains("--engine chromium"), s.message());
        }
    }

    @Test
    @ChromiumInstalled
    void passesOnChromiumOnTheSameScenarios() {
        RunResult chromium = SuiteRuns.run(es2017Bridge(), EngineKind.CHROMIUM, RONGLIAN, TAGS, TIMEOUT);
        for (ScenarioResult s : judged(chromium)) {
            assertEquals(Verdict.PASS, s.verdict(), s.name() + ": " + s.message());
        }
        assertTrue(chromium.engine().startsWith("Chromium "), chromium.engine());
        RunResult htmlUnit = SuiteRuns.run(es2017Bridge(), EngineKind.HTMLUNIT, RONGLIAN, TAGS, TIMEOUT);
        assertEquals(SuiteRuns.verdicts(htmlUnit).keySet(), SuiteRuns.verdicts(chromium).keySet());
        assertEquals(judged(htmlUnit).size(), judged(chromium).size());
    }
}
