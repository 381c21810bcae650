package org.mplus.tck.harness.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mplus.tck.cli.ConformanceRun;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.mock.proxy.KitCertificateAuthority;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunListener;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.spec.Catalog;

/**
 * A remote run as `run --engine remote` makes it, with headless Chromium playing the app that opens the runner:
 * the kit starts, prints the runner's URL, the app opens it, and the suite is judged through it.
 */
public final class RemoteRuns implements AutoCloseable {

    private static final Pattern RUNNER = Pattern.compile("runner\\s+(http\\S+)");
    private static final Pattern PROXY = Pattern.compile("device proxy\\s+(\\S+)");
    /** The banner's last line: until it is out, a test reading the banner (the CA's URL, say) races the kit. */
    private static final String BANNER_END = "step by step";

    /**
     * One CA for every remote run of the JVM, as a device keeps the CA it installed once (the kit keeps its own in
     * ~/.mplus-tck): so the played apps trust one key, and share their browsers ({@link PlayedApp}).
     */
    private static final Path CA = sharedCa();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final CompletableFuture<RemoteRunner> starting;
    private final String runnerUrl;
    private final String proxy;

    /** Starts the kit's side on loopback and waits for it to print where the runner is (its whole banner). */
    public RemoteRuns(Duration connectTimeout) throws Exception {
        this(connectTimeout, RemoteOptions.DEFAULT_ANSWER_GRACE);
    }

    /** On loopback, judging the page lost once it has not answered for this long past a script's timeout. */
    public RemoteRuns(Duration connectTimeout, Duration answerGrace) throws Exception {
        this("127.0.0.1", Optional.empty(), connectTimeout, answerGrace);
    }

    /** Starts the kit's side on this address, naming itself {@code advertise} to devices. */
    public RemoteRuns(String bind, Optional<String> advertise, Duration connectTimeout) throws Exception {
        this(bind, advertise, connectTimeout, RemoteOptions.DEFAULT_ANSWER_GRACE);
    }

    private RemoteRuns(String bind, Optional<String> advertise, Duration connectTimeout, Duration answerGrace)
            throws Exception {
        RemoteOptions options = new RemoteOptions(bind, 0, advertise, connectTimeout, CA, answerGrace);
        starting = CompletableFuture.supplyAsync(() -> RemoteRunner.start(options, Catalog.standard(), out, false));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Matcher runner = RUNNER.matcher(printed());
        Matcher proxyLine = PROXY.matcher(printed());
        while (!runner.find() || !proxyLine.find() || !printed().contains(BANNER_END)) {
            if (System.nanoTime() > deadline || starting.isDone()) {
                starting.join(); // its error, if it failed
                throw new AssertionError("the kit printed no runner URL: " + printed());
            }
            Thread.sleep(20);
            runner = RUNNER.matcher(printed());
            proxyLine = PROXY.matcher(printed());
        }
        runnerUrl = runner.group(1);
        proxy = proxyLine.group(1);
    }

    public String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    public String runnerUrl() {
        return runnerUrl;
    }

    /** An app whose proxy is the kit and which trusts the kit's CA, with this bridge. */
    public PlayedApp appBehindTheKit(Optional<String> bridge) {
        return new PlayedApp(bridge, Optional.of(proxy), Optional.of(KitCertificateAuthority.at(CA).spkiSha256()));
    }

    /** The runner, once a page has connected (or the kit's error). */
    public RemoteRunner runner() {
        return starting.join();
    }

    /** The suite on one vendor, through the connected page. */
    public RunResult judge(int imType, Optional<String> tags, RunListener listener) {
        return judge(List.of(imType), tags, listener);
    }

    /** The suite on these vendors, one pass after the other, through the connected page. */
    public RunResult judge(List<Integer> imTypes, Optional<String> tags, RunListener listener) {
        RunSettings settings = new RunSettings(new BridgeSource.InApp(runner()), EngineKind.REMOTE,
                RunSettings.DEFAULT_TIMEOUT, Optional.of(imTypes), Optional.empty(), Optional.empty(),
                Optional.empty());
        RunSetup setup = RunSetup.of("test", settings, Profile.none(), tags, false, Instant.now());
        return new ConformanceRun(settings, tags, 1, Optional.empty()).run(listener, setup);
    }

    /** The real-host test bridge built for one IM, as an app injects it. */
    public static String realHostBridge(int imType) throws java.io.IOException {
        return "var realhostBuild = { imType: " + imType + ", seams: {} };\n" + Files.readString(
                Path.of("src/test/resources/bridges/realhost/realhost-bridge.js"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (!starting.isDone()) {
            starting.cancel(true);
        }
        if (starting.isDone() && !starting.isCompletedExceptionally() && !starting.isCancelled()) {
            starting.join().close();
        }
    }

    /** A temporary folder for the CA, deleted with it (and its lock file) when the JVM exits. */
    private static Path sharedCa() {
        try {
            Path folder = Files.createTempDirectory("mplus-tck-remote-ca");
            Path ca = folder.resolve("ca.jks");
            Stream.of(folder, ca, ca.resolveSibling("ca.jks.lock")).forEach(p -> p.toFile().deleteOnExit());
            return ca;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
