package org.mplus.tck.harness.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.report.RunResult;

/**
 * The remote engine, with headless Chromium playing the app that opens the runner; and what only a remote page can do
 * (close, not be in an app, connect twice, send its traffic past the kit), each a harness error, never the bridge's.
 */
@ChromiumInstalled
class RemoteEngineTest {

    /**
     * Calls that send a chat message, and getImType, with their callbacks: a call without one waits out the whole
     * timeout through a remote page, and the whole suite, those calls included, is judged remotely by
     * RemoteEngineCorpusTest.
     */
    private static final String SENDS = "(@rule:SEND-CHAT-01 and not @rule:CALLBACK-03)";
    /** A lost page is noticed this long after a script's timeout: on loopback the page answers in milliseconds. */
    private static final Duration SHORT_GRACE = Duration.ofSeconds(1);

    @Test
    void judgesTheAppsOwnBridgeThroughTheRunnerAndNamesTheDevice() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp app = kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)))) {
            app.open(kit.runnerUrl());
            RunResult result = kit.judge(1, Optional.of("@rule:GET-IMTYPE-01 or " + SENDS), r -> { });
            assertFalse(result.scenarios().isEmpty());
            List<String> notPassed = result.scenarios().stream().filter(s -> s.verdict() != Verdict.PASS)
                    .map(s -> s.verdict() + " " + s.name() + ": " + s.message()).toList();
            assertEquals(List.of(), notPassed);
            assertTrue(result.setup().engineVersion().startsWith("remote page: Mozilla/5.0"),
                    result.setup().engineVersion());
            assertTrue(kit.printed().contains("█"), "a QR code: " + kit.printed());
        }
    }

    @Test
    void noPageConnectingInTimeIsAHarnessErrorThatSaysWhatToOpen() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(2))) {
            CompletionException e = assertThrows(CompletionException.class, kit::runner);
            assertInstanceOf(HarnessError.class, e.getCause());
            assertEquals("no page connected to the runner within 2 s: open " + kit.runnerUrl() + " inside the app"
                    + " whose bridge is judged (docs/devices.md), or give --connect-timeout more seconds",
                    e.getCause().getMessage());
            assertTrue(kit.printed().contains("waiting for a page to connect: 0:02 left"), kit.printed());
        }
    }

    @Test
    void aPageWithoutMplusIsNotInsideAnApp() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp browser = kit.appBehindTheKit(Optional.empty())) {
            browser.open(kit.runnerUrl());
            CompletionException e = assertThrows(CompletionException.class, kit::runner);
            assertInstanceOf(HarnessError.class, e.getCause());
            assertTrue(e.getCause().getMessage().startsWith("the page that opened the runner has no window.mplus "
                    + "(typeof window.mplus is undefined; user agent Mozilla/5.0"), e.getCause().getMessage());
            assertTrue(e.getCause().getMessage().contains("it is not inside an app whose bridge the kit can judge"),
                    e.getCause().getMessage());
            assertTrue(eventually(browser::status, s -> s.contains("this page has no window.mplus")),
                    browser.status());
        }
    }

    @Test
    void aSecondDeviceIsRefusedAndTheFirstIsStillJudged() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp app = kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)));
                PlayedApp second = kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)))) {
            app.open(kit.runnerUrl());
            kit.runner();
            second.open(kit.runnerUrl());
            assertTrue(eventually(second::status, s -> s.startsWith("refused: another device is already connected")),
                    second.status());
            RunResult result = kit.judge(1, Optional.of("@rule:GET-IMTYPE-01"), r -> { });
            assertEquals(List.of(Verdict.PASS), result.scenarios().stream().map(s -> s.verdict()).distinct().toList(),
                    () -> result.scenarios().toString());
            assertTrue(second.status().startsWith("refused"), second.status());
        }
    }

    @Test
    void aRequestThroughTheKitToAnotherHostIsRefused() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp app = kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)))) {
            app.open(kit.runnerUrl());
            kit.runner();
            assertEquals(403L, app.fetchStatus("https://example.org/"));
            assertTrue(kit.runner().mock().vendorRequests().isEmpty());
        }
    }

    @Test
    void noVendorTrafficReachingTheKitIsAHarnessErrorThatSaysHowToFixIt() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp app = new PlayedApp(Optional.of(RemoteRuns.realHostBridge(1)), Optional.empty(),
                        Optional.empty())) {
            app.open(kit.runnerUrl());
            RunResult result = kit.judge(1, Optional.of(SENDS), r -> { });
            List<ScenarioResult> errors = result.scenarios().stream()
                    .filter(s -> s.verdict() == Verdict.HARNESS_ERROR).toList();
            assertFalse(errors.isEmpty(), () -> "verdicts: " + result.scenarios());
            errors.forEach(s -> assertTrue(s.message().contains("no vendor request has reached the kit in this run")
                    && s.message().contains("Set the device's HTTP proxy to 127.0.0.1:")
                    && s.message().contains("--tags \"not @wire\""), s.message()));
            assertEquals(List.of(), result.scenarios().stream().filter(ScenarioResult::broke)
                    .map(s -> s.verdict() + " " + s.name()).toList(), "no failure charged to the bridge");
            assertEquals(2, Assessment.of(result, List.of(), LocalDate.now()).gate().exitCode());
        }
    }

    @Test
    void aPageClosedMidRunIsAHarnessErrorAndTheRunGoesOnOnceItIsBack() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60), SHORT_GRACE)) {
            AtomicReference<CompletableFuture<PlayedApp>> app = new AtomicReference<>(CompletableFuture.completedFuture(
                    kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)))));
            app.get().join().open(kit.runnerUrl());
            AtomicInteger finished = new AtomicInteger();
            RunResult result;
            try {
                result = kit.judge(1, Optional.of(SENDS), r -> {
                    if (finished.incrementAndGet() == 1) {
                        reopenLater(kit, app);
                    }
                });
            } finally {
                app.get().join().close();
            }
            List<Verdict> verdicts = result.scenarios().stream().map(ScenarioResult::verdict).toList();
            assertEquals(1, verdicts.stream().filter(v -> v == Verdict.HARNESS_ERROR).count(), verdicts::toString);
            // FLAKY passed when re-run alone: the kit's word that the bridge passes it on a loaded machine
            assertEquals(verdicts.size() - 1, verdicts.stream().filter(v -> v == Verdict.PASS || v == Verdict.FLAKY)
                    .count(), verdicts::toString);
            ScenarioResult lost = result.scenarios().stream().filter(s -> s.verdict() == Verdict.HARNESS_ERROR)
                    .findFirst().orElseThrow();
            assertTrue(lost.message().startsWith("the runner page was lost during the scenario: the page did not answer"
                    + " within 4 s"), lost.message());
            assertTrue(kit.printed().contains("the kit lost the runner page"), kit.printed());
        }
    }

    @Test
    void losingThePageAgainAndAgainStopsTheRunWithWhatItJudged() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60), SHORT_GRACE)) {
            AtomicReference<CompletableFuture<PlayedApp>> app = new AtomicReference<>(CompletableFuture.completedFuture(
                    kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)))));
            app.get().join().open(kit.runnerUrl());
            RunResult result;
            try {
                result = kit.judge(1, Optional.of(SENDS + " or @rule:GET-IMTYPE-01"), r -> {
                    if (r.verdict() != Verdict.HARNESS_ERROR || !r.message().contains("times")) {
                        reopenLater(kit, app);
                    }
                });
            } finally {
                app.get().join().close();
            }
            List<ScenarioResult> scenarios = result.scenarios();
            assertTrue(scenarios.stream().anyMatch(s -> s.verdict() == Verdict.PASS), scenarios::toString);
            assertTrue(scenarios.stream().anyMatch(s -> s.verdict() == Verdict.HARNESS_ERROR
                    && s.message().startsWith("the kit lost the runner page 3 times")), scenarios::toString);
            assertEquals(2, Assessment.of(result, List.of(), LocalDate.now()).gate().exitCode());
        }
    }

    /**
     * The app closes (it crashed), and a moment later starts again and is opened on the runner, while the run goes
     * on.
     */
    private static void reopenLater(RemoteRuns kit, AtomicReference<CompletableFuture<PlayedApp>> app) {
        app.get().join().close();
        app.set(CompletableFuture.supplyAsync(() -> {
            try {
                PlayedApp again = kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)));
                again.open(kit.runnerUrl());
                return again;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS)));
    }

    private static <T> boolean eventually(Supplier<T> value, Predicate<T> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (test.test(value.get())) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
