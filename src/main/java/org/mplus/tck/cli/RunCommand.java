package org.mplus.tck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.ImTypeProbe;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.report.CallMatrix;
import org.mplus.tck.report.Gate;
import org.mplus.tck.report.ProgressLine;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.spec.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `run`: the conformance suite against a bridge (by default the reference bridge, on both vendors). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the conformance suite against an mplus bridge and writes the reports.",
            "Exit code: 0 conformant, 1 a MUST rule broken (a SHOULD rule too with --strict), 2 usage or harness error."})
public final class RunCommand implements Callable<Integer> {

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

    @Option(names = "--engine", paramLabel = "htmlunit|chromium", defaultValue = "htmlunit",
            description = "Page engine: htmlunit (embedded) or chromium (Debian's chromium and chromium-driver; "
                    + "class, async/await, fetch) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--timeout-ms", paramLabel = "N", defaultValue = "3000",
            description = "How long a call may take to call back (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where the reports go (default: ${DEFAULT-VALUE}/).")
    Path reportDir;

    @Option(names = "--strict", description = "SHOULD rules (warnings) fail the run too.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Scenarios run in parallel (default: the number of cores).")
    Integer threads;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        RunSettings settings;
        try {
            settings = settings();
            Files.createDirectories(reportDir);
        } catch (IllegalArgumentException | HarnessError e) {
            return usage(e.getMessage());
        } catch (java.io.IOException e) {
            return usage("cannot create the report directory " + reportDir + ": " + e.getMessage());
        }
        out.println("mplus-tck " + KitVersion.current() + " · bridge: " + settings.bridge().describe()
                + " · engine: " + settings.engine().cliName() + " · vendors: " + settings.imTypes().orElse(List.of())
                + " · timeout: " + settings.timeout().toMillis() + " ms");
        int workers = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        RunResult result;
        try {
            result = new ConformanceRun(settings, Optional.ofNullable(tags), workers, Optional.of(reportDir))
                    .run(new ProgressLine(out), "");
        } catch (HarnessError e) {
            return usage(e.getMessage());
        }
        out.println();
        out.print(new CallMatrix(Catalog.standard(), result.scenarios()).text());
        out.println();
        out.printf("%d scenarios in %.1f s: %d passed, %d failed, %d warned, %d timed out, %d skipped, %d harness errors%n",
                result.scenarios().size(), result.wall().toMillis() / 1000.0,
                result.count(org.mplus.tck.harness.Verdict.PASS), result.count(org.mplus.tck.harness.Verdict.FAIL),
                result.count(org.mplus.tck.harness.Verdict.WARN), result.count(org.mplus.tck.harness.Verdict.TIMEOUT),
                result.count(org.mplus.tck.harness.Verdict.SKIP),
                result.count(org.mplus.tck.harness.Verdict.HARNESS_ERROR));
        out.println("judged by " + result.engine() + "; reports: " + reportDir.toAbsolutePath());
        Gate gate = Gate.of(result, strict);
        out.println(gate.reason());
        return gate.exitCode();
    }

    private RunSettings settings() {
        if (timeoutMs < 100 || timeoutMs > 600_000) {
            throw new IllegalArgumentException("--timeout-ms " + timeoutMs + " is out of range: give 100 to 600000");
        }
        if (imType != null && imType != 0 && imType != 1) {
            throw new IllegalArgumentException("--im-type " + imType + ": give 0 (先维IM) or 1 (容联云)");
        }
        EngineKind kind = java.util.Arrays.stream(EngineKind.values()).filter(k -> k.cliName().equals(engine))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--engine " + engine
                        + " is not an engine here: give one of " + java.util.Arrays.stream(EngineKind.values())
                                .map(EngineKind::cliName).toList()));
        kind.requireInstalled();
        RunSettings base = RunSettings.reference();
        RunSettings settings = new RunSettings(bridge == null ? base.bridge() : BridgeSource.parse(bridge), kind,
                Duration.ofMillis(timeoutMs), imType == null ? Optional.empty() : Optional.of(List.of(imType)),
                Optional.empty(), Optional.empty(), Optional.empty());
        if (settings.imTypes().isEmpty()) {
            settings = settings.bridge() instanceof BridgeSource.Reference
                    ? settings.withImTypes(List.of(0, 1))
                    : settings.withImTypes(List.of(ImTypeProbe.ask(settings)));
        }
        return settings;
    }

    private int usage(String message) {
        System.err.println("mplus-tck run: " + message);
        out.println("harness error: " + message);
        return Main.USAGE;
    }
}
