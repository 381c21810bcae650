package org.mplus.tck.cli;

import static io.cucumber.junit.platform.engine.Constants.EXECUTION_DRY_RUN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_FIXED_MAX_POOL_SIZE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.KitRun;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.report.RunListener;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.SuiteListener;
import org.mplus.tck.spec.Catalog;

/**
 * Runs the features (packaged in the jar) on the JUnit Platform, through Cucumber's engine with the kit's glue,
 * and collects the verdicts: the same way a vendor's build runs the suite, with the run's own settings, so that
 * runs in one JVM are independent of each other.
 */
public final class ConformanceRun {

    public static final String FEATURES = "features";
    public static final String GLUE = "org.mplus.tck.steps";

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
        try (KitRun run = new KitRun(settings, Catalog.standard())) {
            SuiteListener suite = new SuiteListener(run, listener);
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                    .execute(request(), suite);
            if (!suite.engineFailures().isEmpty()) {
                Throwable e = suite.engineFailures().get(0);
                throw new HarnessError("Cucumber could not run the suite: " + e.getMessage(), e);
            }
            return new RunResult(setup.withEngineVersion(run.workbenches().engineVersion()), suite.results(),
                    Duration.ofNanos(System.nanoTime() - started), Optional.empty());
        }
    }

    private LauncherDiscoveryRequest request() {
        Map<String, String> parameters = new TreeMap<>(Map.of(
                GLUE_PROPERTY_NAME, GLUE,
                PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true",
                "cucumber.junit-platform.naming-strategy.short.example-name", "pickle",
                PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, String.valueOf(threads > 1),
                PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME, "fixed",
                PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME, String.valueOf(threads),
                PARALLEL_CONFIG_FIXED_MAX_POOL_SIZE_PROPERTY_NAME, String.valueOf(threads),
                EXECUTION_DRY_RUN_PROPERTY_NAME, "false"));
        tags.ifPresent(t -> parameters.put(FILTER_TAGS_PROPERTY_NAME, t));
        reportDir.ifPresent(dir -> parameters.put(PLUGIN_PROPERTY_NAME, "html:" + dir.resolve("cucumber.html")));
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(List.of(DiscoverySelectors.selectPackage(FEATURES)))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameters(parameters)
                .build();
    }
}
