package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Gate;
import org.mplus.tck.report.RunResult;

/**
 * `--advertise HOST` with an address other than loopback, as for a Grid on another machine: the workers' mocks listen
 * on every interface and the Grid's browser loads the bridge page from that address; the scenarios pass.
 */
@ChromiumInstalled
class GridAdvertiseTest {

    @Test
    void theGridsBrowserLoadsTheBridgePageFromTheAdvertisedAddress() {
        String address = nonLoopbackAddress().orElse(null);
        if (address == null) {
            String reason = "SKIPPED " + getClass().getSimpleName() + ": this machine has no address but loopback";
            System.err.println("notice: " + reason);
            Assumptions.abort(reason);
        }
        RunSettings settings = new RunSettings(new BridgeSource.Reference(), EngineKind.CHROMIUM,
                RunSettings.DEFAULT_TIMEOUT, Optional.of(List.of(1)), Optional.empty(), Optional.empty(),
                Optional.empty());
        RunResult run;
        try (StandaloneGrid grid = new StandaloneGrid(1)) {
            SeleniumGrid on = SeleniumGrid.at(grid.url().toString(), Optional.of(address));
            assertFalse(on.advertisesLoopback());
            run = SuiteRuns.run(settings.withGrid(on), 1, Optional.of("@rule:SEND-CHAT-01"));
        }
        assertFalse(run.scenarios().isEmpty());
        assertEquals(List.of(), run.scenarios().stream().filter(s -> s.verdict() != Verdict.PASS)
                .map(s -> s.name() + ": " + s.verdict() + " " + s.message()).toList());
        assertEquals(Gate.CONFORMANT, SuiteRuns.gate(run).exitCode(), SuiteRuns.gate(run).reason());
    }

    private static Optional<String> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(GridAdvertiseTest::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .map(InetAddress::getHostAddress).findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean up(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
