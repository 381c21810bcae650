package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.report.Gate;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.spec.MainRules;

/**
 * `run --engine chromium --grid URL`: the reference bridge on both vendors, judged in Chrome sessions of a real
 * Selenium Grid (standalone, on this machine's chromium and chromedriver) by two workers, gets the verdict the local
 * Chromium engine gives, scenario by scenario, on a fixed sample of the suite that judges every call, on both vendors
 * ({@link MainRules}). That the local engine gives the whole suite the verdicts HtmlUnit gives is
 * {@link ReferenceSuiteOnBothEnginesTest}.
 */
@ChromiumInstalled
class GridSuiteTest {

    private static final int WORKERS = 2;

    @Test
    void judgesEveryCallOnAGridAsTheLocalEngineDoes() {
        Optional<String> sample = Optional.of(MainRules.tags());
        RunSettings local = new RunSettings(new BridgeSource.Reference(), EngineKind.CHROMIUM,
                RunSettings.DEFAULT_TIMEOUT, Optional.of(List.of(0, 1)), Optional.empty(), Optional.empty(),
                Optional.empty());
        RunResult onGrid;
        try (StandaloneGrid grid = new StandaloneGrid(WORKERS)) {
            SeleniumGrid seleniumGrid = SeleniumGrid.at(grid.url().toString(), Optional.empty());
            assertEquals(WORKERS, seleniumGrid.workers(Optional.empty(), 2 * WORKERS));
            onGrid = SuiteRuns.run(local.withGrid(seleniumGrid), WORKERS, sample);
        }
        RunResult beside = SuiteRuns.run(local, WORKERS, sample);

        assertTrue(SuiteRuns.engine(onGrid).contains(" on the Selenium Grid at http://127.0.0.1:"),
                SuiteRuns.engine(onGrid));
        assertEquals(beside.scenarios().size(), onGrid.scenarios().size());
        assertEquals(Set.copyOf(MainRules.IDS), onGrid.scenarios().stream().flatMap(s -> s.rules().stream())
                .filter(MainRules.IDS::contains).collect(Collectors.toSet()), "every call judged on its main rule");
        assertEquals(Set.of(Optional.of(0), Optional.of(1)), onGrid.scenarios().stream()
                .map(ScenarioResult::imType).collect(Collectors.toSet()), "both vendors judged");
        assertEquals(List.of(), SuiteRuns.differences(beside, onGrid));
        assertEquals(Gate.CONFORMANT, SuiteRuns.gate(onGrid).exitCode(), SuiteRuns.gate(onGrid).reason());
    }
}
