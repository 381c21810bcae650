package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.harness.chromium.SuiteRuns;
import org.mplus.tck.report.RunResult;

/**
 * The kit judges a bridge the way a vendor's bridge reaches it: the real-host test bridge, written from the spec and
 * the vendors' wire contracts alone, calls the vendors' real hosts, and passes the whole suite on its IM on both
 * engines (the kit routes those hosts to its mock).
 */
class RealHostBridgeTest {

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void passesTheWholeSuiteOnHtmlUnit(int imType, @TempDir Path work) throws IOException {
        assertPasses(imType, EngineKind.HTMLUNIT, work);
    }

    @ChromiumInstalled
    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void passesTheWholeSuiteOnChromium(int imType, @TempDir Path work) throws IOException {
        assertPasses(imType, EngineKind.CHROMIUM, work);
    }

    /** Nothing but the routing can bring its requests to the mock: it never names the page's host or the kit's. */
    @Test
    void talksToTheVendorsHostsOnly() throws IOException {
        String source = Files.readString(RealHostBuild.BRIDGE, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String kit : List.of("/__tck", "/__admin", "location", "document.url", "127.0.0.1", "localhost")) {
            assertFalse(source.contains(kit), RealHostBuild.BRIDGE + " mentions " + kit);
        }
    }

    private static void assertPasses(int imType, EngineKind engine, Path work) throws IOException {
        RunResult result = SuiteRuns.run(RealHostBuild.of(imType).write(work), engine, List.of(imType),
                Optional.empty(), RunSettings.DEFAULT_TIMEOUT);
        assertFalse(result.scenarios().isEmpty(), "no scenario ran on imType " + imType);
        assertTrue(result.scenarios().stream().allMatch(s -> s.imType().equals(Optional.of(imType))),
                "a run on one vendor judges every scenario on it");
        assertEquals(List.of(), notPassed(result), "the real-host bridge on imType " + imType + " in " + engine);
    }

    /**
     * The scenarios a run did not pass, each with its message. FLAKY counts as passed: it failed among the others
     * while the kit's machine stalled (the bridge gives up on a vendor after its own deadline) and passed when re-run
     * alone, the kit's word that the bridge passes it on a loaded machine.
     */
    static List<String> notPassed(RunResult result) {
        return result.scenarios().stream()
                .filter(s -> s.verdict() != Verdict.PASS && s.verdict() != Verdict.FLAKY)
                .map(s -> s.verdict().label() + " " + s.location() + " " + s.title() + "\n    "
                        + s.message().replace("\n", "\n    "))
                .toList();
    }
}
