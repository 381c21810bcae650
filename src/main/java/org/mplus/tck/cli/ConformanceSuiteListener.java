package org.mplus.tck.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.mplus.tck.harness.KitRun;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.Reports;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.SuiteListener;
import org.mplus.tck.spec.Catalog;

/**
 * The kit's part in a JUnit Platform run that includes its features (the {@link org.mplus.tck.Conformance} suite
 * in a vendor's build, or the kit's own tests): registered through META-INF/services, it makes the run from the
 * plan's configuration parameters ({@link SuiteSettings}), binds it to the threads that judge, and once the plan
 * is done writes the kit's reports where mplus.tck.report-dir says. Plans without the kit's features it leaves alone.
 */
public final class ConformanceSuiteListener implements TestExecutionListener {

    private static final String CUCUMBER_ENGINE = "[engine:cucumber]";

    private Optional<SuiteSettings> config = Optional.empty();
    private Optional<KitRun> run = Optional.empty();
    private Optional<SuiteListener> suite = Optional.empty();
    private Instant started = Instant.now();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (plan.countTestIdentifiers(ConformanceSuiteListener::judged) == 0) {
            return;
        }
        started = Instant.now();
        try {
            config = Optional.of(SuiteSettings.from(plan.getConfigurationParameters()::get));
        } catch (RuntimeException e) {
            // a listener cannot fail the plan: the scenarios fail instead, each saying no run is bound
            System.err.println("mplus-tck: the suite's configuration is wrong, nothing is judged: " + e.getMessage());
            return;
        }
        run = Optional.of(new KitRun(config.get().settings(), Catalog.standard()));
        suite = Optional.of(new SuiteListener(run.get(), result -> { }));
        suite.get().testPlanExecutionStarted(plan);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        suite.filter(s -> judged(id)).ifPresent(s -> s.executionStarted(id));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        suite.filter(s -> judged(id)).ifPresent(s -> s.executionFinished(id, result));
    }

    /** A node of the kit's features (alone, or inside a suite); the plan may hold other engines' tests too. */
    private static boolean judged(TestIdentifier id) {
        return id.getUniqueId().contains(CUCUMBER_ENGINE);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (suite.isEmpty()) {
            return;
        }
        suite.get().testPlanExecutionFinished(plan);
        run.get().close();
        SuiteSettings c = config.get();
        c.reportDir().ifPresent(dir -> {
            RunResult result = new RunResult(c.setup(started).withEngineVersion(run.get().workbenches()
                    .engineVersion()), suite.get().results(), Duration.between(started, Instant.now()),
                    Optional.empty());
            try {
                Reports.write(dir, Assessment.of(result, c.profile().expectedFailures(), LocalDate.now()));
            } catch (IOException e) {
                System.err.println("mplus-tck: cannot write the reports to " + dir + ": " + e.getMessage());
            }
        });
        suite = Optional.empty();
        run = Optional.empty();
    }
}
