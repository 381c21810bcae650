package org.mplus.tck.cli;

import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mplus.tck.harness.BridgePreflight;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Shard;
import org.mplus.tck.harness.chromium.SeleniumGrid;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.Reports;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ShardStamp;
import org.mplus.tck.report.TerminalProgress;
import org.mplus.tck.report.TerminalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `run`: the conformance suite against a bridge (by default the reference bridge, on both vendors). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the conformance suite against an mplus bridge and writes the reports.",
            "Exit code: 0 conformant, 1 a MUST rule broken (a SHOULD rule too with --strict), 2 usage or harness error."})
public final class RunCommand implements Callable<Integer> {

    static final int MAX_DEFAULT_THREADS = 16;

    @Option(names = "--bridge", paramLabel = "FILE|URL",
            description = "A .js file defining window.mplus, or an http(s) URL of a script or a page that defines it "
                    + "(default: the reference bridge, on both vendors).")
    String bridge;

    @Option(names = "--im-type", paramLabel = "0|1",
            description = "The vendor the bridge runs on: 0 = 先维IM, 1 = 容联云 (default: what its getImType answers).")
    Integer imType;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression, e.g. \"not @wire\" to judge the JavaScript contract alone.")
    String tags;

    @Option(names = "--engine", paramLabel = "htmlunit|chromium|remote", defaultValue = "htmlunit",
            description = "Page engine: htmlunit (embedded), chromium (Debian's chromium and chromium-driver; "
                    + "class, async/await, fetch) or remote (the app's own bridge, in the page that opens the kit's "
                    + "runner on a device: docs/devices.md) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Mixin
    RemoteEngineOptions remote = new RemoteEngineOptions();

    @Option(names = "--grid", paramLabel = "URL",
            description = "With --engine chromium: open the browser sessions on this Selenium Grid 4 "
                    + "(e.g. http://grid:4444), one per worker (--threads: by default its free Chrome slots, at most "
                    + "the usual number).")
    String grid;

    @Option(names = "--advertise", paramLabel = "HOST",
            description = "The address other machines reach this one at: with --grid, the Grid's nodes, for the pages "
                    + "the kit serves them (default: this machine's address on its way to the Grid); with --engine "
                    + "remote and --bind 0.0.0.0, the device (default: this machine's first LAN address).")
    String advertise;

    @Option(names = "--timeout-ms", paramLabel = "N", defaultValue = "3000",
            description = "How long a call may take to call back (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where the reports go (default: ${DEFAULT-VALUE}/).")
    Path reportDir;

    @Option(names = "--strict", description = "SHOULD rules (warnings) fail the run too.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Scenarios run in parallel (default: twice the number of cores, at most "
                    + MAX_DEFAULT_THREADS + ": much of a run waits on timers and slow-vendor faults, and "
                    + "each worker starts its own mock server and page engine).")
    Integer threads;

    @Option(names = "--verbose", description = "A line for every scenario as it finishes, passed or not.")
    boolean verbose;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The bridge's profile (JSON, see schemas/profile.schema.json): the vendors, calls and client "
                    + "version it claims, accounts for the mock, and its expected failures.")
    Path profile;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Judge the K-th of N parts of the scenarios, the same part on every machine; "
                    + "merge-reports joins the N parts' reports into one run's.")
    String shard;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        try (RemoteEngineOptions device = remote) {
            return judge();
        }
    }

    private int judge() {
        Instant started = Instant.now();
        Profile claims;
        RunSettings settings;
        Optional<Shard> part;
        try {
            part = Optional.ofNullable(shard).map(Shard::parse);
            claims = profile == null ? Profile.none() : Profile.read(profile);
            settings = BridgePreflight.withVendors(remote.attach(claims.applyTo(settings()), Optional.ofNullable(advertise), out));
        } catch (IllegalArgumentException e) {
            return stopped(asked(started), "usage error: " + e.getMessage());
        } catch (HarnessError e) {
            return stopped(asked(started), "harness error: " + e.getMessage());
        }
        Optional<String> unwritable = ReportDirectory.prepare(reportDir);
        if (unwritable.isPresent()) { // no report can say so: this line is all there is
            String why = "usage error: cannot write the reports to " + reportDir + " (" + unwritable.get()
                    + "): give --report-dir a folder the kit may write";
            System.err.println("mplus-tck run: " + why);
            out.println(why);
            return Main.USAGE;
        }
        RunSetup unsharded = RunSetup.of(KitVersion.current(), settings, claims, Optional.ofNullable(tags), strict,
                started);
        RunSetup setup = part.map(p -> unsharded.withShard(ShardStamp.of(p, settings, Optional.ofNullable(profile))))
                .orElse(unsharded);
        out.println("mplus-tck " + KitVersion.current() + " · bridge: " + setup.bridgeLabel()
                + " · engine: " + settings.engine().cliName() + " · vendors: " + setup.imTypes()
                + " · timeout: " + settings.timeout().toMillis() + " ms" + setup.partial().map(p -> " · " + p).orElse("")
                + part.map(p -> " · shard " + p).orElse(""));
        int workers = workers();
        RunResult result;
        try (TerminalProgress progress = TerminalProgress.of(out, Terminal.isInteractive(), verbose)) {
            ConformanceRun run = new ConformanceRun(settings, Optional.ofNullable(tags), workers, Optional.of(reportDir));
            result = part.map(run::sharded).orElse(run).run(progress, setup);
        } catch (HarnessError e) {
            return stopped(setup, "harness error: " + e.getMessage());
        }
        Assessment assessment = Assessment.of(result, claims.expectedFailures(), LocalDate.now());
        out.print(TerminalReport.render(assessment));
        return finish(assessment);
    }

    private int finish(Assessment assessment) {
        return finish(out, reportDir, assessment);
    }

    /** Writes the reports and ends the output with the gate: its last line says conformant or not, and why. */
    static int finish(PrintStream out, Path reportDir, Assessment assessment) {
        try {
            Reports.write(reportDir, assessment);
        } catch (IOException e) {
            out.println("harness error: cannot write the reports to " + reportDir.toAbsolutePath() + ": "
                    + e.getMessage());
            return Main.USAGE;
        }
        out.println("reports: " + reportDir.toAbsolutePath());
        out.println(assessment.gate().reason());
        return assessment.gate().exitCode();
    }

    private int workers() {
        return threads == null
                ? Math.min(2 * Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_THREADS) : threads;
    }

    /** The options as given, before they were understood: how the reports name a run that could not start. */
    private RunSetup asked(Instant started) {
        return new RunSetup(KitVersion.current(), bridge == null ? new BridgeSource.Reference().describe() : bridge,
                Optional.empty(), Optional.empty(), imType == null ? List.of() : List.of(imType), Optional.empty(),
                engine, RunSetup.NOT_STARTED, Optional.ofNullable(profile).map(Path::toString),
                Optional.ofNullable(tags), strict, started);
    }

    private RunSettings settings() {
        if (timeoutMs < 100 || timeoutMs > 600_000) {
            throw new IllegalArgumentException("--timeout-ms " + timeoutMs + " is out of range: give 100 to 600000");
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads " + threads + ": give 1 or more (how many scenarios run at"
                    + " once)");
        }
        if (tags != null) {
            try {
                TagExpressionParser.parse(tags);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--tags \"" + tags + "\" is not a tag expression ("
                        + e.getMessage().replaceFirst("(?s).*syntax error: ", "").replaceFirst("\\.$", "")
                        + "): write e.g. \"not @wire\" or \"@rule:SEND-CHAT-01 or @slow\"");
            }
        }
        if (imType != null && imType != 0 && imType != 1) {
            throw new IllegalArgumentException("--im-type " + imType + ": give 0 (先维IM) or 1 (容联云)");
        }
        EngineKind kind = java.util.Arrays.stream(EngineKind.values()).filter(k -> k.cliName().equals(engine))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--engine " + engine
                        + " is not an engine here: give one of " + java.util.Arrays.stream(EngineKind.values())
                                .map(EngineKind::cliName).toList()));
        if (grid == null) {
            kind.requireInstalled();
        }
        Optional<SeleniumGrid> onGrid = grid(kind);
        RunSettings base = RunSettings.reference();
        return new RunSettings(bridge == null ? base.bridge() : BridgeSource.parse(bridge), kind,
                Duration.ofMillis(timeoutMs), imType == null ? Optional.empty() : Optional.of(List.of(imType)),
                Optional.empty(), Optional.empty(), Optional.empty(), onGrid);
    }

    /** The Grid, asked before the run whether it has a Chrome slot for each worker. */
    private Optional<SeleniumGrid> grid(EngineKind kind) {
        if (grid == null) {
            if (advertise != null && kind != EngineKind.REMOTE) {
                throw new IllegalArgumentException("--advertise names this machine to a Selenium Grid's nodes or to a "
                        + "device: give --grid URL or --engine remote too, or leave it out");
            }
            return Optional.empty();
        }
        if (kind != EngineKind.CHROMIUM) {
            throw new IllegalArgumentException("--grid opens Chromium sessions on a Selenium Grid: add --engine "
                    + "chromium");
        }
        SeleniumGrid on = SeleniumGrid.at(grid, Optional.ofNullable(advertise));
        threads = on.workers(Optional.ofNullable(threads), workers()); // one session each, on the Grid's free slots
        return Optional.of(on);
    }

    /** A run that could not start: the reports still say why (so CI never publishes stale ones), and exit 2. */
    private int stopped(RunSetup setup, String why) {
        System.err.println("mplus-tck run: " + why);
        return finish(Assessment.of(RunResult.stopped(setup, why), List.of(), LocalDate.now()));
    }
}
