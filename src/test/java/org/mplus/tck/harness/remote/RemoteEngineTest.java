package org.mplus.tck.harness.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.chromium.ChromiumInstalled;
import org.mplus.tck.report.RunResult;

/** The remote engine, with headless Chromium playing the app that opens the runner. */
@ChromiumInstalled
class RemoteEngineTest {

    @Test
    void judgesTheAppsOwnBridgeThroughTheRunnerAndNamesTheDevice() throws Exception {
        try (RemoteRuns kit = new RemoteRuns(Duration.ofSeconds(60));
                PlayedApp app = kit.appBehindTheKit(Optional.of(RemoteRuns.realHostBridge(1)))) {
            app.open(kit.runnerUrl());
            RunResult result = kit.judge(1, Optional.of("@rule:GET-IMTYPE-01 or @rule:SEND-CHAT-01"), r -> { });
            assertFalse(result.scenarios().isEmpty());
            List<String> notPassed = result.scenarios().stream().filter(s -> s.verdict() != Verdict.PASS)
                    .map(s -> s.verdict() + " " + s.name() + ": " + s.message()).toList();
            assertEquals(List.of(), notPassed);
            assertTrue(result.setup().engineVersion().startsWith("remote page: Mozilla/5.0"),
                    result.setup().engineVersion());
            assertTrue(kit.printed().contains("█"), "a QR code: " + kit.printed());
        }
    }
}
