package org.mplus.tck.cli;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.core.gherkin.Pickle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Workbenches;
import org.mplus.tck.report.HookVerdicts;
import org.mplus.tck.report.ResultCollector;
import org.mplus.tck.report.RunListener;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.report.TimingConfirmation;
import org.mplus.tck.spec.Catalog;

/**
 * Runs the features (packaged in the jar) through Cucumber with the kit's glue, and collects the verdicts. Before it
 * reports them, it settles the ones that could rest on something other than the bridge: a scenario that needs a test
 * hook the bridge never reads is NOT-PLAYABLE, and a failure that rested on timing is re-run alone (again, up to
 * {@value #MAX_RERUNS} times, while the machine keeps stalling) and reported only if it repeats, FLAKY if not.
 */
public final class ConformanceRun {

    public static final String FEATURES = "classpath:features";
    public static final String GLUE = "org.mplus.tck.steps";
    static final int MAX_RERUNS = 3;
    /** What the formats' own features are tagged with: @format:link, @format:imgUrl. */
    static final String FORMAT_TAG = "@format:";
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
    public RunResult run(RunListener listener, RunSetup setup) {
        long started = System.nanoTime();
        HeldVerdicts held = new HeldVerdicts(listener);
        RunSettings.use(settings);
        List<ScenarioResult> results;
        try {
            List<ScenarioResult> first = cucumber(List.of(FEATURES), threads, reportDir, held);
            results = confirmTimingFailures(HookVerdicts.settle(first));
            held.release(results);
        } finally {
            Workbenches.closeAll();
            RunSettings.use(RunSettings.reference());
        }
        return new RunResult(setup.withEngineVersion(Workbenches.engineVersion(settings.engine())),
                results, Duration.ofNanos(System.nanoTime() - started), Optional.empty());
    }

    private List<ScenarioResult> cucumber(List<String> features, int workers, Optional<Path> html,
            RunListener listener) {
        ResultCollector collector = new ResultCollector(listener);
        Runtime.builder()
                .withRuntimeOptions(options(features, workers, html, listener))
                .withClassLoader(() -> ConformanceRun.class.getClassLoader())
                .withAdditionalPlugins(collector)
                .build()
                .run();
        return collector.results();
    }

    /**
     * Each failure that rested on timing, re-run alone (one scenario at a time, nothing beside it): reported if it
     * repeats, FLAKY if it does not. A re-run that fails again while the machine stalled proves nothing, so it is
     * tried again, up to {@value #MAX_RERUNS} times.
     */
    private List<ScenarioResult> confirmTimingFailures(List<ScenarioResult> results) {
        Map<String, ScenarioResult> settled = new LinkedHashMap<>();
        results.forEach(s -> settled.put(s.id(), s));
        List<ScenarioResult> suspects = results.stream().filter(ScenarioResult::failedOnTiming).toList();
        for (int round = 1; round <= MAX_RERUNS && !suspects.isEmpty(); round++) {
            Map<String, ScenarioResult> alone = new HashMap<>();
            cucumber(locations(suspects), 1, Optional.empty(), r -> { }).forEach(r -> alone.put(r.location(), r));
            List<ScenarioResult> again = new ArrayList<>();
            for (ScenarioResult s : suspects) {
                ScenarioResult rerun = alone.get(s.location());
                if (rerun == null) {
                    throw new HarnessError("re-running " + s.location() + " alone found no such scenario");
                }
                TimingConfirmation confirmation = new TimingConfirmation(s, rerun);
                if (confirmation.inconclusive() && round < MAX_RERUNS) {
                    again.add(s);
                } else {
                    settled.put(s.id(), confirmation.verdict());
                }
            }
            suspects = again;
        }
        return List.copyOf(settled.values());
    }

    /** The scenarios' feature files with their lines, as Cucumber selects them: classpath:features/a.feature:12:30. */
    private static List<String> locations(List<ScenarioResult> scenarios) {
        Map<String, List<String>> lines = new TreeMap<>();
        scenarios.forEach(s -> lines.computeIfAbsent(s.file(), f -> new ArrayList<>())
                .add(s.location().substring(s.location().lastIndexOf(':') + 1)));
        return lines.entrySet().stream()
                .map(e -> FEATURES + "/" + e.getKey() + ":" + String.join(":", e.getValue())).toList();
    }

    /**
     * The run's tag expression: the user's, and never the formats' own scenarios (they test the kit's parser, not
     * the bridge, and run under mvn verify and behind check-link and check-img-url).
     */
    private String tagExpression() {
        String noFormats = Catalog.standard().formats().stream().map(f -> "not " + FORMAT_TAG + f.name())
                .collect(Collectors.joining(" and "));
        return tags.map(t -> "(" + t + ") and " + noFormats).orElse(noFormats);
    }

    private RuntimeOptions options(List<String> features, int workers, Optional<Path> html, RunListener listener) {
        List<String> args = new ArrayList<>(List.of("--glue", GLUE, "--threads", String.valueOf(workers),
                "--monochrome", "--tags", tagExpression()));
        html.ifPresent(dir -> args.addAll(List.of("--plugin", "html:" + dir.resolve(CUCUMBER_HTML))));
        args.addAll(features);
        ByteArrayOutputStream complaints = new ByteArrayOutputStream();
        try {
            var builder = new CommandlineOptionsParser(new PrintStream(complaints, true, StandardCharsets.UTF_8))
                    .parse(args.toArray(String[]::new));
            builder.setPublishQuiet(true);
            // the order is given the run's scenarios, once, before the first starts: the run's size
            builder.setPickleOrder(pickles -> {
                List<Pickle> ordered = new SlowScenariosFirst().orderPickles(pickles);
                listener.planned(ordered.size());
                return ordered;
            });
            return builder.build();
        } catch (RuntimeException e) {
            throw new HarnessError("Cucumber refused the run's options " + args + ": " + e.getMessage()
                    + complaints.toString(StandardCharsets.UTF_8));
        }
    }
}
