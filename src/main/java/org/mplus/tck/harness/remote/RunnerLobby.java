package org.mplus.tck.harness.remote;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import org.mplus.tck.harness.HarnessError;

/**
 * Where the kit waits for a page to open the runner, at the start of a run and after a lost page: it says what to
 * open, counts down the time left, and lets in only a page inside an app (one with a window.mplus).
 */
final class RunnerLobby {

    /** How often a terminal that is not interactive (CI, a log) gets a countdown line. */
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final PrintStream out;
    private final boolean interactive;
    private final Duration timeout;
    private final RunnerAddress address;

    RunnerLobby(PrintStream out, boolean interactive, Duration timeout, RunnerAddress address) {
        this.out = out;
        this.interactive = interactive;
        this.timeout = timeout;
        this.address = address;
    }

    /**
     * @param lost why the last page was lost, when the kit waits for it to come back
     * @throws HarnessError when no page connects in time, or the one that does is not inside an app
     */
    RunnerChannel.Device await(RunnerChannel channel, Optional<String> lost) {
        lost.ifPresent(why -> out.println("\nthe kit lost the runner page: " + why + "\n  open it again in the app to"
                + " go on: " + address.runner()));
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastLine = 0;
        Optional<RunnerChannel.Device> device = channel.device();
        while (device.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                if (interactive) {
                    out.println();
                }
                throw new HarnessError("no page " + (lost.isPresent() ? "came back to" : "connected to")
                        + " the runner within " + timeout.toSeconds() + " s: open " + address.runner()
                        + " inside the app whose bridge is judged (docs/devices.md), or give --connect-timeout more"
                        + " seconds");
            }
            String line = "  waiting for a page to connect: " + clock(left) + " left";
            if (interactive) {
                out.print("\r" + line + "  ");
                out.flush();
            } else if (lastLine == 0 || System.nanoTime() - lastLine >= LOG_EVERY.toNanos()) {
                out.println(line);
                lastLine = System.nanoTime();
            }
            device = channel.awaitDevice(TICK);
        }
        if (interactive) {
            out.println();
        }
        RunnerChannel.Device d = device.get();
        if (!d.mplusType().equals("object") && !d.mplusType().equals("function")) {
            RemoteRunner.told(channel.release("this page has no window.mplus: it is not inside an app that provides"
                    + " the bridge. Open this URL inside the app's WebView."));
            throw new HarnessError("the page that opened the runner has no window.mplus (typeof window.mplus is "
                    + d.mplusType() + "; user agent " + d.userAgent() + "): it is not inside an app whose bridge the"
                    + " kit can judge. Open " + address.runner() + " inside the app's WebView, where the app defines"
                    + " window.mplus (docs/devices.md)");
        }
        out.println("connected: " + d.userAgent());
        return d;
    }

    private static String clock(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
