package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.report.Gate;
import org.mplus.tck.report.RunResult;

/**
 * The kit's proof that the engines agree: the whole suite, the reference bridge on both vendors, gives the same
 * verdict scenario by scenario on HtmlUnit and on Chromium, and passes on both.
 */
@ChromiumInstalled
class ReferenceSuiteOnBothEnginesTest {

    private static final String REFERENCE = "mock-server/__files/mplus.js";

    @Test
    void givesIdenticalPassingVerdictsOnBothEngines() {
        if (ReferenceSuiteOnBothEnginesTest.class.getClassLoader().getResource(REFERENCE) == null) {
            String reason = "SKIPPED the reference suite on both engines: " + REFERENCE + " is not in this build";
            System.err.println("notice: " + reason);
            Assumptions.abort(reason);
        }
        RunResult htmlUnit = run(EngineKind.HTMLUNIT);
        RunResult chromium = run(EngineKind.CHROMIUM);
        assertEquals(List.of(), SuiteRuns.differences(htmlUnit, chromium));
        assertEquals(Gate.CONFORMANT, SuiteRuns.gate(htmlUnit).exitCode(), SuiteRuns.gate(htmlUnit).reason());
        assertEquals(Gate.CONFORMANT, SuiteRuns.gate(chromium).exitCode(), SuiteRuns.gate(chromium).reason());
    }

    private static RunResult run(EngineKind engine) {
        return SuiteRuns.run(new BridgeSource.Reference(), engine, List.of(0, 1), Optional.empty(),
                RunSettings.DEFAULT_TIMEOUT);
    }
}
