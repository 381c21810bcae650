package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.harness.chromium.SuiteRuns;
import org.mplus.tck.harness.remote.PlayedApp;
import org.mplus.tck.harness.remote.RemoteRuns;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.ScenarioResult;

/**
 * The remote engine judges an app's bridge as Chromium judges the same bridge loaded from a file: the real-host
 * bridge, injected into the app's pages and talking HTTPS to the vendors' real hosts through the kit's proxy, gets
 * the same verdict on every scenario, @wire included; and a faulty bridge of each rule family is caught the same.
 */
@ChromiumInstalled
class RemoteEngineCorpusTest {

    /** One faulty bridge per rule family (the calls', the callbacks', bad input), on the reference bridge. */
    private static final List<String> ONE_PER_FAMILY = List.of("imtype-as-string", "sync-callbacks", "vague-errmsg",
            "chat-to-group", "group-to-user", "send-message-pretends", "show-sends-greeting", "show-group-broken",
            "show-message-fails", "accepts-apptype-3", "success-on-vendor-error");
    /** The wire faults a bridge shows only against the vendors' real hosts, through the proxy. */
    private static final String REAL_HOST_VARIANT = "network-fault-succeeds";

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void theWholeSuiteGivesTheVerdictsChromiumGives(int imType) throws Exception {
        Path work = Files.createTempDirectory("mplus-tck-remote-parity");
        BridgeSource file = RealHostBuild.of(imType).write(work);
        RunResult chromium = SuiteRuns.run(file, EngineKind.CHROMIUM, List.of(imType), Optional.empty(),
                RunSettings.DEFAULT_TIMEOUT);
        RunResult remote = remotely(((BridgeSource.ScriptFile) file).source(), List.of(imType), Optional.empty());
        assertFalse(remote.scenarios().isEmpty());
        assertEquals(verdicts(chromium), verdicts(remote), "the same bridge on chromium and remote");
    }

    @TestFactory
    Stream<DynamicTest> aFaultyBridgeOfEachFamilyIsCaughtTheSame() throws IOException {
        Path work = Files.createTempDirectory("mplus-tck-remote-faulty");
        List<Integer> both = List.of(0, 1);
        Stream<DynamicTest> reference = ONE_PER_FAMILY.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            CorpusBridge bridge = CorpusBridge.named(FaultyBridgesTest.FAULTY, name);
            String source = Files.readString(bridge.composed(work), StandardCharsets.UTF_8);
            Set<String> caught = bridge.caughtOn(both);
            FaultyBridgesTest.assertCaught(bridge, remotely(source, both, onTheirRules(bridge, caught)), caught);
        }));
        CorpusBridge variant = CorpusBridge.named(RealHostBuild.FAULTY, REAL_HOST_VARIANT);
        Stream<DynamicTest> realHost = both.stream().map(imType -> DynamicTest.dynamicTest(REAL_HOST_VARIANT
                + " on imType " + imType, () -> {
                    BridgeSource.ScriptFile file = (BridgeSource.ScriptFile) RealHostBuild.of(imType).with(variant)
                            .write(work);
                    FaultyBridgesTest.assertCaught(variant, remotely(file.source(), List.of(imType), variant.tags()),
                            variant.caughtOn(List.of(imType)));
                }));
        return Stream.concat(reference, realHost);
    }

    /**
     * The scenarios that judge the rules the bridge is caught on, and those that need the share hook (so that whether
     * the bridge honours it is judged as in a whole run), within its own tags: a run one scenario at a time through a
     * device is long, and the other scenarios can only pass.
     */
    private static Optional<String> onTheirRules(CorpusBridge bridge, Set<String> rules) {
        String theirs = rules.stream().map(r -> "@rule:" + r).collect(Collectors.joining(" or "))
                + " or @hook:mplusTckUser";
        return Optional.of(bridge.tags().map(t -> "(" + t + ") and (" + theirs + ")").orElse(theirs));
    }

    /** A remote run with headless Chromium playing an app that injects this bridge. */
    private static RunResult remotely(String bridge, List<Integer> imTypes, Optional<String> tags) throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp app = kit.appBehindTheKit(Optional.of(bridge))) {
            app.open(kit.runnerUrl());
            return kit.judge(imTypes, tags, r -> { });
        }
    }

    private static Map<String, String> verdicts(RunResult run) {
        Map<String, String> out = new TreeMap<>();
        for (ScenarioResult s : run.scenarios()) {
            // a timing failure that did not repeat alone is FLAKY on either engine: a warning, like a pass
            Verdict v = s.verdict() == Verdict.FLAKY ? Verdict.PASS : s.verdict();
            out.put(s.location() + " " + s.name(), v.label());
        }
        return out;
    }
}
