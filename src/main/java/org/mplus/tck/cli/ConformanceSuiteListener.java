package org.mplus.tck.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.mplus.tck.harness.KitRun;
import org.mplus.tck.harness.Workbenches;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.Reports;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.SuiteListener;
import org.mplus.tck.spec.Catalog;

/**
 * The kit's part in a JUnit Platform run that includes its features (the {@link org.mplus.tck.Conformance} suite
 * in a vendor's build, or the kit's own tests): registered through META-INF/services, it makes a run for each
 * execution of Cucumber's engine in the plan (one per suite class) from the configuration parameters
 * ({@link SuiteSettings}): the plan's, overridden by the suite class's own @ConfigurationParameter, so that one build
 * can hold a suite class per vendor. It binds the run to the threads that judge, and once that engine is done writes
 * the kit's reports where mplus.tck.report-dir says. Plans without the kit's features it leaves alone.
 */
public final class ConformanceSuiteListener implements TestExecutionListener {

    private static final String CUCUMBER_ENGINE = "[engine:cucumber]";

    /** One execution of Cucumber's engine, judged as one run. */
    private record SuiteRun(SuiteSettings config, Workbenches workbenches, SuiteListener listener, Instant started) {
    }

    private volatile TestPlan plan;
    /** The runs under way, by the unique id of their engine's node. */
    private final Map<String, SuiteRun> runs = new ConcurrentHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (isCucumberEngine(id) && plan.getDescendants(id).stream().anyMatch(TestIdentifier::isTest)) {
            start(id);
        }
        runOf(id).ifPresent(r -> r.listener().executionStarted(id));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        runOf(id).ifPresent(r -> r.listener().executionFinished(id, result));
        SuiteRun done = runs.remove(id.getUniqueId());
        if (done != null) {
            finish(done);
        }
    }

    private static boolean isCucumberEngine(TestIdentifier id) {
        return id.getUniqueId().endsWith(CUCUMBER_ENGINE);
    }

    /** The run a node of the kit's features belongs to: the one of the engine node its id starts with. */
    private Optional<SuiteRun> runOf(TestIdentifier id) {
        String uid = id.getUniqueId();
        int engine = uid.indexOf(CUCUMBER_ENGINE);
        return engine < 0 ? Optional.empty()
                : Optional.ofNullable(runs.get(uid.substring(0, engine + CUCUMBER_ENGINE.length())));
    }

    private void start(TestIdentifier engine) {
        SuiteSettings config;
        try {
            Optional<Class<?>> suite = suiteClass(engine);
            config = SuiteSettings.from(key -> suite.flatMap(c -> parameter(c, key))
                    .or(() -> plan.getConfigurationParameters().get(key)));
        } catch (RuntimeException e) {
            // a listener cannot fail the plan: the scenarios fail instead, each saying no run is bound
            System.err.println("mplus-tck: the suite's configuration is wrong, nothing is judged: " + e.getMessage());
            return;
        }
        Catalog catalog = Catalog.standard();
        Workbenches workbenches = new Workbenches(config.settings(), catalog);
        KitRun run = new KitRun(config.settings(), catalog, catalog.vendor(config.settings().imTypes().orElseThrow()
                .get(0)).orElseThrow(), workbenches);
        SuiteListener listener = new SuiteListener(run, result -> { });
        listener.testPlanExecutionStarted(plan);
        runs.put(engine.getUniqueId(), new SuiteRun(config, workbenches, listener, Instant.now()));
    }

    /** The suite class whose execution holds this engine's, if any: its parent node's class. */
    private Optional<Class<?>> suiteClass(TestIdentifier engine) {
        return plan.getParent(engine).flatMap(TestIdentifier::getSource)
                .filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getJavaClass());
    }

    private static Optional<String> parameter(Class<?> suite, String key) {
        List<ConfigurationParameter> given = AnnotationSupport.findRepeatableAnnotations(suite,
                ConfigurationParameter.class);
        return given.stream().filter(p -> p.key().equals(key)).map(ConfigurationParameter::value).findFirst();
    }

    private void finish(SuiteRun r) {
        r.listener().testPlanExecutionFinished(plan);
        SuiteSettings c = r.config();
        try (Workbenches w = r.workbenches()) {
            c.reportDir().ifPresent(dir -> {
                RunResult result = new RunResult(c.setup(r.started()).withEngineVersion(w.engineVersion()),
                        r.listener().results(), Duration.between(r.started(), Instant.now()), Optional.empty());
                try {
                    Reports.write(dir, Assessment.of(result, c.profile().expectedFailures(), LocalDate.now()));
                } catch (IOException e) {
                    System.err.println("mplus-tck: cannot write the reports to " + dir + ": " + e.getMessage());
                }
            });
        }
    }
}
