package org.mplus.tck.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.harness.chromium.SuiteRuns;

/**
 * The wire faults a bridge can only show when it talks to the vendors' real hosts: each variant of the real-host
 * bridge breaks its handling of the vendor's answers in one way, and both engines must catch it, on each IM, on the
 * rules its header names for that IM, exactly.
 */
class RealHostFaultyBridgesTest {

    private static final List<Integer> IM_TYPES = List.of(0, 1);

    @TestFactory
    Stream<DynamicTest> eachVariantIsCaughtOnHtmlUnit(@TempDir Path work) throws IOException {
        return variants(EngineKind.HTMLUNIT, work);
    }

    @ChromiumInstalled
    @TestFactory
    Stream<DynamicTest> eachVariantIsCaughtOnChromium(@TempDir Path work) throws IOException {
        return variants(EngineKind.CHROMIUM, work);
    }

    private static Stream<DynamicTest> variants(EngineKind engine, Path work) throws IOException {
        return CorpusBridge.in(RealHostBuild.FAULTY).stream().flatMap(variant -> IM_TYPES.stream().map(imType ->
                DynamicTest.dynamicTest(variant.name() + " on imType " + imType, () -> FaultyBridgesTest.assertCaught(
                        variant, SuiteRuns.run(RealHostBuild.of(imType).with(variant).write(work), engine,
                                List.of(imType), variant.tags(), RunSettings.DEFAULT_TIMEOUT),
                        variant.caughtOn(List.of(imType))))));
    }
}
