package org.mplus.tck.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.remote.RemoteOptions;
import org.mplus.tck.harness.remote.RemoteRunner;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.proxy.KitCertificateAuthority;
import org.mplus.tck.spec.Catalog;
import picocli.CommandLine.Option;

/** `run`'s options for `--engine remote`, and the runner they start for the run's length. */
final class RemoteEngineOptions implements AutoCloseable {

    @Option(names = "--connect-timeout", paramLabel = "SECONDS",
            description = "--engine remote: how long to wait for the app to open the runner, at the start and after a"
                    + " lost page (default: 180).")
    Long connectTimeoutSeconds;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "--engine remote: the address the runner and the vendor proxy listen on (default: 127.0.0.1;"
                    + " 0.0.0.0 for a phone on the LAN, which then needs the admin token the printed URLs carry).")
    String bind;

    @Option(names = "--port", paramLabel = "N",
            description = "--engine remote: their port (default: a free one; give one for `adb reverse`).")
    Integer port;

    private RemoteRunner runner;

    /**
     * The settings to judge with: for --engine remote, the app's bridge behind the runner, once a page of the app
     * has connected to it.
     *
     * @param advertise the host the device reaches the kit at, when not this machine's first LAN address
     * @throws IllegalArgumentException for a remote option without --engine remote, or --bridge with it
     */
    RunSettings attach(RunSettings settings, Optional<String> advertise, PrintStream out) {
        if (settings.engine() != EngineKind.REMOTE) {
            if (connectTimeoutSeconds != null || bind != null || port != null) {
                throw new IllegalArgumentException("--connect-timeout, --bind and --port are for"
                        + " --engine remote: drop them, or add --engine remote");
            }
            return settings;
        }
        if (!(settings.bridge() instanceof BridgeSource.Reference)) {
            throw new IllegalArgumentException("--engine remote judges the app's own window.mplus, in the page that "
                    + "opens the runner: drop --bridge");
        }
        if (connectTimeoutSeconds != null && (connectTimeoutSeconds < 1 || connectTimeoutSeconds > 86_400)) {
            throw new IllegalArgumentException("--connect-timeout " + connectTimeoutSeconds
                    + " is out of range: give 1 to 86400 seconds");
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("--port " + port + " is out of range: give 0 to 65535");
        }
        RemoteOptions options = new RemoteOptions(bind == null ? MockOptions.LOOPBACK : bind,
                port == null ? 0 : port, advertise,
                connectTimeoutSeconds == null ? RemoteOptions.DEFAULT_CONNECT_TIMEOUT
                        : Duration.ofSeconds(connectTimeoutSeconds),
                KitCertificateAuthority.defaultKeystore());
        runner = RemoteRunner.start(options, Catalog.standard(), out, Terminal.isInteractive());
        return settings.withBridge(new BridgeSource.InApp(runner));
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }
}
