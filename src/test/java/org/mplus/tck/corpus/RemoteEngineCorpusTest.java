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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.harness.remote.PlayedApp;
import org.mplus.tck.harness.remote.RemoteRuns;
import org.mplus.tck.report.RunResult;

/**
 * The remote engine judges an app's bridge as the other engines judge the same bridge loaded from a file: the
 * real-host bridge, injected into the app's pages and talking HTTPS to the vendors' real hosts through the kit's
 * proxy, passes every scenario, @wire included, as it does on HtmlUnit and Chromium ({@link RealHostBridgeTest});
 * and a faulty bridge of each rule family is caught on the same rules.
 */
@ChromiumInstalled
class RemoteEngineCorpusTest {

    /**
     * One faulty bridge per rule family (the calls', the callbacks', bad input), on the reference bridge; the longer
     * runs first.
     */
    private static final List<String> ONE_PER_FAMILY = List.of("success-on-vendor-error", "show-group-broken",
            "sync-callbacks", "vague-errmsg", "show-sends-greeting", "imtype-as-string", "chat-to-group",
            "group-to-user", "send-message-pretends", "show-message-fails", "accepts-apptype-3");
    /** Outside bad input's rows of the calls the doc gives some vendors only. */
    private static final String EVERY_VENDORS = "not @offered:sendMessage and not @offered:showMessage";
    /**
     * Where the scenarios of a bridge's rules are most of the suite, the blocks of scenarios the local engines catch
     * it in: a remote scenario costs a page load on the device and, for a call the page cannot count the work of, the
     * whole timeout. FaultyBridgesTest judges these bridges on every scenario of their rules.
     */
    private static final Map<String, String> NARROWED = Map.of(
            "sync-callbacks", "@rule:INPUT-06 and " + EVERY_VENDORS,
            "vague-errmsg", "@rule:INPUT-02 and @rule:INPUT-04 and " + EVERY_VENDORS,
            "success-on-vendor-error", "@rule:DELIVERY-02 or @rule:DELIVERY-03 or @rule:SEND-CHAT-02"
                    + " or ((@rule:INPUT-05 or @rule:INPUT-06) and " + EVERY_VENDORS + ")"
                    + " or (@rule:INPUT-01 and not @rule:INPUT-02)",
            "show-group-broken", "@rule:SHOW-GROUP-01 or @rule:SHOW-GROUP-02 or (@rule:INPUT-01 and " + EVERY_VENDORS
                    + " and not @since:5.2.0)");
    /** The wire faults a bridge shows only against the vendors' real hosts, through the proxy. */
    private static final String REAL_HOST_VARIANT = "network-fault-succeeds";
    private static final List<Integer> BOTH = List.of(0, 1);
    /**
     * How many remote runs go side by side, each with its own kit and its own app: a run waits on its page far more
     * than it works (a call with no callback waits out the whole timeout, every callback a settle window), so two
     * cores keep this many going with the verdicts each gives alone; more only adds to the load.
     */
    private static final int SIDE_BY_SIDE = 3;

    @TempDir
    static Path work;
    private static ExecutorService remoteLanes;
    private static final Map<Integer, CompletableFuture<RunResult>> WHOLE_SUITE = new TreeMap<>();
    private static final Map<String, CompletableFuture<RunResult>> FAULTY = new TreeMap<>();

    /**
     * Starts every run of the class at once, the longest (the whole suite) first; each test waits for its own and
     * judges it.
     */
    @BeforeAll
    static void startEveryRun() throws IOException {
        remoteLanes = Executors.newFixedThreadPool(SIDE_BY_SIDE);
        Path whole = Files.createDirectory(work.resolve("whole"));
        Path faulty = Files.createDirectory(work.resolve("faulty"));
        for (int imType : BOTH) {
            BridgeSource.ScriptFile file = (BridgeSource.ScriptFile) RealHostBuild.of(imType).write(whole);
            submit(WHOLE_SUITE, imType, () -> remotely(file.source(), List.of(imType), Optional.empty()));
        }
        ONE_PER_FAMILY.forEach(name -> submit(FAULTY, name, () -> faultyRun(name, faulty)));
        CorpusBridge variant = CorpusBridge.named(RealHostBuild.FAULTY, REAL_HOST_VARIANT);
        for (int imType : BOTH) {
            BridgeSource.ScriptFile file = (BridgeSource.ScriptFile) RealHostBuild.of(imType).with(variant)
                    .write(faulty);
            submit(FAULTY, REAL_HOST_VARIANT + " on imType " + imType,
                    () -> remotely(file.source(), List.of(imType), variant.tags()));
        }
    }

    @AfterAll
    static void stopTheLanes() {
        remoteLanes.shutdownNow();
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void theRealHostBridgePassesTheWholeSuiteAsOnTheOtherEngines(int imType) throws Throwable {
        RunResult remote = result(WHOLE_SUITE.get(imType));
        assertFalse(remote.scenarios().isEmpty());
        assertEquals(List.of(), RealHostBridgeTest.notPassed(remote), "the real-host bridge on imType " + imType
                + " in an app, judged remotely");
    }

    @TestFactory
    Stream<DynamicTest> aFaultyBridgeOfEachFamilyIsCaughtTheSame() {
        Stream<DynamicTest> reference = ONE_PER_FAMILY.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            CorpusBridge bridge = CorpusBridge.named(FaultyBridgesTest.FAULTY, name);
            FaultyBridgesTest.assertCaught(bridge, result(FAULTY.get(name)), bridge.caughtOn(BOTH));
        }));
        CorpusBridge variant = CorpusBridge.named(RealHostBuild.FAULTY, REAL_HOST_VARIANT);
        Stream<DynamicTest> realHost = BOTH.stream().map(imType -> DynamicTest.dynamicTest(REAL_HOST_VARIANT
                + " on imType " + imType, () -> FaultyBridgesTest.assertCaught(variant,
                        result(FAULTY.get(REAL_HOST_VARIANT + " on imType " + imType)),
                        variant.caughtOn(List.of(imType)))));
        return Stream.concat(reference, realHost);
    }

    private static <K> void submit(Map<K, CompletableFuture<RunResult>> runs, K key, Callable<RunResult> run) {
        runs.put(key, CompletableFuture.supplyAsync(() -> {
            try {
                return run.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, remoteLanes));
    }

    /** A run's result, or what it threw as the test's own failure. */
    private static RunResult result(CompletableFuture<RunResult> run) throws Throwable {
        try {
            return run.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    /** A faulty bridge of the corpus, on both vendors, on the scenarios of its rules (or its narrowed ones). */
    private static RunResult faultyRun(String name, Path work) throws Exception {
        CorpusBridge bridge = CorpusBridge.named(FaultyBridgesTest.FAULTY, name);
        String source = Files.readString(bridge.composed(work), StandardCharsets.UTF_8);
        return remotely(source, BOTH, onTheirRules(bridge, bridge.caughtOn(BOTH)));
    }

    /**
     * The scenarios that judge the rules the bridge is caught on ({@link #NARROWED} where those are most of the
     * suite), and those that need the share hook (so that whether the bridge honours it is judged as in a whole run),
     * within its own tags: a run one scenario at a time through a device is long, and the other scenarios can only
     * pass.
     */
    private static Optional<String> onTheirRules(CorpusBridge bridge, Set<String> rules) {
        String theirs = Optional.ofNullable(NARROWED.get(bridge.name())).map(n -> "(" + n + ")")
                .orElseGet(() -> rules.stream().map(r -> "@rule:" + r).collect(Collectors.joining(" or ")))
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
}
