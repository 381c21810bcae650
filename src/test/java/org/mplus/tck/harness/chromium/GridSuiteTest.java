package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.report.Gate;
import org.mplus.tck.report.RunResult;

/**
 * `run --engine chromium --grid URL`: the reference suite, both vendors, judged in Chrome sessions of a real
 * Selenium Grid (standalone, on this machine's chromium and chromedriver) by two workers, gives the verdict the
 * local Chromium engine gives, scenario by scenario.
 */
@ChromiumInstalled
class GridSuiteTest {

    private static final int WORKERS = 2;

    @Test
    void judgesTheReferenceSuiteOnAGridAsTheLocalEngineDoes() {
        RunSettings local = new RunSettings(new BridgeSource.Reference(), EngineKind.CHROMIUM,
                RunSettings.DEFAULT_TIMEOUT, Optional.of(List.of(0, 1)), Optional.empty(), Optional.empty(),
                Optional.empty());
        RunResult onGrid;
        try (StandaloneGrid grid = new StandaloneGrid(WORKERS)) {
            SeleniumGrid seleniumGrid = SeleniumGrid.at(grid.url().toString(), Optional.empty());
            assertEquals(WORKERS, seleniumGrid.workers(Optional.empty(), 2 * WORKERS));
            onGrid = SuiteRuns.run(local.withGrid(seleniumGrid), WORKERS, Optional.empty());
        }
        RunResult beside = SuiteRuns.run(local, WORKERS, Optional.empty());

        assertTrue(SuiteRuns.engine(onGrid).contains(" on the Selenium Grid at http://127.0.0.1:"),
                SuiteRuns.engine(onGrid));
        assertEquals(beside.scenarios().size(), onGrid.scenarios().size());
        assertEquals(List.of(), SuiteRuns.differences(beside, onGrid));
        assertEquals(Gate.CONFORMANT, SuiteRuns.gate(onGrid).exitCode(), SuiteRuns.gate(onGrid).reason());
    }
}
