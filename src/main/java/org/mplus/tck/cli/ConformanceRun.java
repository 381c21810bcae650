package org.mplus.tck.cli;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Workbenches;
import org.mplus.tck.report.ResultCollector;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;

/** Runs the features (packaged in the jar) through Cucumber with the kit's glue, and collects the verdicts. */
public final class ConformanceRun {

    public static final String FEATURES = "classpath:features";
    public static final String GLUE = "org.mplus.tck.steps";
    /** Cucumber's own report, beside the kit's. */
    public static final String CUCUMBER_HTML = "cucumber.html";

    private final RunSettings settings;
    private final Optional<String> tags;
    private final int threads;
    private final Optional<Path> reportDir;

    public ConformanceRun(RunSettings settings, Optional<String> tags, int threads, Optional<Path> reportDir) {
        this.settings = settings;
        this.tags = tags;
        this.threads = threads;
        this.reportDir = reportDir;
    }

    /** @param setup what the reports say was judged; the engine's version is filled in once it ran */
    public RunResult run(Consumer<ScenarioResult> progress, RunSetup setup) {
        long started = System.nanoTime();
        ResultCollector collector = new ResultCollector(progress);
        RunSettings.use(settings);
        try {
            Runtime runtime = Runtime.builder()
                    .withRuntimeOptions(options())
                    .withClassLoader(() -> ConformanceRun.class.getClassLoader())
                    .withAdditionalPlugins(collector)
                    .build();
            runtime.run();
        } finally {
            Workbenches.closeAll();
            RunSettings.use(RunSettings.reference());
        }
        return new RunResult(setup.withEngineVersion(Workbenches.engineVersion(settings.engine())),
                collector.results(), Duration.ofNanos(System.nanoTime() - started), Optional.empty());
    }

    private RuntimeOptions options() {
        List<String> args = new ArrayList<>(List.of("--glue", GLUE, "--threads", String.valueOf(threads),
                "--monochrome"));
        tags.ifPresent(t -> args.addAll(List.of("--tags", t)));
        reportDir.ifPresent(dir -> {
            args.addAll(List.of("--plugin", "html:" + dir.resolve(CUCUMBER_HTML)));
        });
        args.add(FEATURES);
        ByteArrayOutputStream complaints = new ByteArrayOutputStream();
        try {
            var builder = new CommandlineOptionsParser(new PrintStream(complaints, true, StandardCharsets.UTF_8))
                    .parse(args.toArray(String[]::new));
            builder.setPublishQuiet(true);
            builder.setPickleOrder(new SlowScenariosFirst());
            return builder.build();
        } catch (RuntimeException e) {
            throw new HarnessError("Cucumber refused the run's options " + args + ": " + e.getMessage()
                    + complaints.toString(StandardCharsets.UTF_8));
        }
    }
}
