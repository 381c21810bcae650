package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.harness.chromium.SuiteRuns;
import org.mplus.tck.report.RunResult;

/**
 * The faulty corpus gives the same verdicts on both engines: each bridge, on the scenarios {@link FaultyBridgesTest}
 * judges it on, is caught in Chromium on exactly its header's rules, and every scenario's verdict there is HtmlUnit's.
 * Some 5 000 scenarios on each engine, so it runs with the cross-check: {@code mvn -B verify -Pcross-check}.
 */
@Tag(CorpusCrossCheckTest.TAG)
@ChromiumInstalled
class FaultyCorpusOnBothEnginesTest {

    private static final List<Integer> BOTH = List.of(0, 1);

    @TestFactory
    Stream<DynamicTest> eachFaultyBridgeGetsTheSameVerdictsInChromium(@TempDir Path work) throws IOException {
        return CorpusBridge.in(FaultyBridgesTest.FAULTY).stream().map(bridge -> DynamicTest.dynamicTest(bridge.name(),
                () -> {
                    BridgeSource source = BridgeSource.parse(bridge.composed(work).toString());
                    Optional<String> tags = CorpusSample.tags(bridge, BOTH);
                    RunResult htmlUnit = SuiteRuns.run(source, EngineKind.HTMLUNIT, BOTH, tags,
                            RunSettings.DEFAULT_TIMEOUT);
                    RunResult chromium = SuiteRuns.run(source, EngineKind.CHROMIUM, BOTH, tags,
                            RunSettings.DEFAULT_TIMEOUT);
                    FaultyBridgesTest.assertCaught(bridge, chromium, bridge.caughtOn(BOTH));
                    assertEquals(List.of(), SuiteRuns.differences(htmlUnit, chromium), bridge.name());
                }));
    }
}
