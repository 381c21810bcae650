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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.KitRun;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Shard;
import org.mplus.tck.harness.Workbenches;
import org.mplus.tck.report.HookVerdicts;
import org.mplus.tck.report.RunListener;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.report.SuiteListener;
import org.mplus.tck.report.TimingConfirmation;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;
import org.mplus.tck.spec.VendorOnlyTags;

/**
 * Runs the features (packaged in the jar) on the JUnit Platform, through Cucumber's engine with the kit's glue,
 * and collects the verdicts: the same way a vendor's build runs the suite, with the run's own settings, so that
 * runs in one JVM are independent of each other. The vendor is an axis of the run: the features are judged once
 * per vendor under test, one pass after the other, each pass leaving out by tag the scenarios of calls its vendor
 * lacks ({@link VendorOnlyTags}). Before it reports them, it settles the ones that could rest on
 * something other than the bridge: a scenario that needs a test hook the bridge never reads is NOT-PLAYABLE, and a
 * failure that rested on timing is re-run alone (again, up to {@value #MAX_RERUNS} times, while the machine keeps
 * stalling) and reported only if it repeats, FLAKY if not.
 */
public final class ConformanceRun {

    public static final String FEATURES = "features";
    public static final String GLUE = "org.mplus.tck.steps";
    static final int MAX_RERUNS = 3;
    /** The tag of a scenario that costs far more than the others (it waits on a slow vendor): see {@link Shard}. */
    static final String SLOW = "slow";
    /** What the formats' own features are tagged with: @format:link, @format:imgUrl. */
    static final String FORMAT_TAG = "@format:";
    /** Cucumber's own report, beside the kit's. */
    public static final String CUCUMBER_HTML = "cucumber.html";

    private final RunSettings settings;
    private final Catalog catalog;
    private final Optional<String> tags;
    private final int threads;
    private final Optional<Path> reportDir;
    private final Optional<Shard> shard;

    public ConformanceRun(RunSettings settings, Optional<String> tags, int threads, Optional<Path> reportDir) {
        this(settings, Catalog.standard(), tags, threads, reportDir);
    }

    /**
     * On a catalog of its own: the shipped one with more vendors ({@link Catalog#withVendors}), whose plug-ins the
     * mock finds on the classpath, so that a vendor that is not shipped is judged like the shipped ones.
     */
    public ConformanceRun(RunSettings settings, Catalog catalog, Optional<String> tags, int threads,
            Optional<Path> reportDir) {
        this(settings, catalog, tags, threads, reportDir, Optional.empty());
    }

    private ConformanceRun(RunSettings settings, Catalog catalog, Optional<String> tags, int threads,
            Optional<Path> reportDir, Optional<Shard> shard) {
        this.settings = settings;
        this.catalog = catalog;
        this.tags = tags;
        // an app on a device is one page: its scenarios go one at a time
        this.threads = settings.bridge() instanceof BridgeSource.InApp ? 1 : threads;
        this.reportDir = reportDir;
        this.shard = shard;
    }

    /** The same run, judging only this shard's part of the scenarios ({@link Shard#part}). */
    public ConformanceRun sharded(Shard part) {
        return new ConformanceRun(settings, catalog, tags, threads, reportDir, Optional.of(part));
    }

    /** @param setup what the reports say was judged; the engine's version is filled in once it ran */
    public RunResult run(RunListener listener, RunSetup setup) {
        long started = System.nanoTime();
        HeldVerdicts held = new HeldVerdicts(listener);
        try (Workbenches workbenches = new Workbenches(settings, catalog)) {
            List<ScenarioResult> first = new ArrayList<>();
            RunListener passes = new PassesListener(held);
            Optional<Set<String>> part = shard.map(this::part);
            for (Vendor vendor : vendorsUnderTest()) {
                first.addAll(judge(pass(vendor, workbenches), List.of(DiscoverySelectors.selectPackage(FEATURES)),
                        threads, reportDir, passes, part.map(p -> only(p, vendor))));
            }
            List<ScenarioResult> settled = HookVerdicts.settle(first);
            List<ScenarioResult> results = confirmTimingFailures(workbenches, settled);
            held.release(results);
            return new RunResult(setup.withEngineVersion(workbenches.engineVersion()), results,
                    Duration.ofNanos(System.nanoTime() - started), Optional.empty(),
                    shard.isPresent() ? unsettled(first, settled) : Map.of());
        }
    }

    /**
     * The shard's part of every vendor's pass, by the scenarios' JUnit ids after their vendor: the features are on
     * the classpath, so the ids are the same on every machine.
     */
    private Set<String> part(Shard part) {
        record Planned(String key, int cost) {
        }
        List<Planned> all = new ArrayList<>();
        for (Vendor vendor : vendorsUnderTest()) {
            TestPlan plan = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build())
                    .discover(request(vendor, List.of(DiscoverySelectors.selectPackage(FEATURES)), 1, Optional.empty(),
                            Optional.empty()));
            plan.getRoots().stream().flatMap(r -> plan.getDescendants(r).stream()).filter(TestIdentifier::isTest)
                    .forEach(t -> all.add(new Planned(key(vendor, t.getUniqueId()),
                            t.getTags().stream().anyMatch(tag -> tag.getName().equals(SLOW)) ? Shard.SLOW_COST : 1)));
        }
        return part.part(all, Planned::key, Planned::cost).stream().map(Planned::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(Vendor vendor, String uniqueId) {
        return vendor.imType() + "/" + uniqueId;
    }

    /** A pass's scenarios that are in the part; containers stay, and go when none of theirs is left. */
    private static PostDiscoveryFilter only(Set<String> part, Vendor vendor) {
        return d -> FilterResult.includedIf(!d.isTest() || part.contains(key(vendor, d.getUniqueId().toString())));
    }

    /** The scenarios that settling made NOT-PLAYABLE, as judged before it, by id. */
    private static Map<String, ScenarioResult> unsettled(List<ScenarioResult> first, List<ScenarioResult> settled) {
        Map<String, ScenarioResult> before = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).verdict() != settled.get(i).verdict()) {
                before.put(first.get(i).id(), first.get(i));
            }
        }
        return before;
    }

    /** One pass per vendor the bridge claims, in the order the settings give them. */
    private List<Vendor> vendorsUnderTest() {
        List<Integer> imTypes = settings.imTypes().orElseThrow(() -> new HarnessError(
                "no vendor to judge the bridge on: give --im-type, or let the preflight ask the bridge's getImType"));
        return imTypes.stream().map(t -> catalog.vendor(t).orElseThrow(() -> new HarnessError(
                "imType " + t + " is no vendor of the catalog"))).toList();
    }

    private KitRun pass(Vendor vendor, Workbenches workbenches) {
        return new KitRun(settings, catalog, vendor, workbenches);
    }

    /**
     * The terminal counts the scenarios of every pass: a pass plans its own, after those the passes before it
     * planned.
     */
    private static final class PassesListener implements RunListener {
        private final RunListener next;
        private int before;
        private int current;

        PassesListener(RunListener next) {
            this.next = next;
        }

        @Override
        public void planned(int scenarios) {
            before += current;
            current = scenarios;
            next.planned(before + scenarios);
        }

        @Override
        public void finished(ScenarioResult scenario) {
            next.finished(scenario);
        }
    }

    private List<ScenarioResult> judge(KitRun run, List<? extends DiscoverySelector> selectors, int workers,
            Optional<Path> html, RunListener listener, Optional<PostDiscoveryFilter> part) {
        SuiteListener suite = new SuiteListener(run, listener);
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request(run.vendor(), selectors, workers, html, part), suite);
        run.workbenches().release();
        if (!suite.engineFailures().isEmpty()) {
            Throwable e = suite.engineFailures().get(0);
            throw new HarnessError("Cucumber could not run the suite: " + e.getMessage(), e);
        }
        return suite.results();
    }

    /**
     * Each failure that rested on timing, re-run alone in its vendor's pass (one scenario at a time, nothing beside
     * it): reported if it repeats, FLAKY if it does not. A re-run that fails again while the machine stalled proves
     * nothing, so it is tried again, up to {@value #MAX_RERUNS} times.
     */
    private List<ScenarioResult> confirmTimingFailures(Workbenches workbenches, List<ScenarioResult> results) {
        Map<String, ScenarioResult> settled = new LinkedHashMap<>();
        results.forEach(s -> settled.put(s.id(), s));
        List<ScenarioResult> suspects = results.stream().filter(ScenarioResult::failedOnTiming).toList();
        for (int round = 1; round <= MAX_RERUNS && !suspects.isEmpty(); round++) {
            Map<String, ScenarioResult> alone = new HashMap<>();
            for (Vendor vendor : vendorsUnderTest()) {
                List<ScenarioResult> onVendor = suspects.stream()
                        .filter(s -> s.imType().equals(Optional.of(vendor.imType()))).toList();
                if (!onVendor.isEmpty()) {
                    judge(pass(vendor, workbenches), selectors(onVendor), 1, Optional.empty(), r -> { }, Optional.empty())
                            .forEach(r -> alone.put(where(r), r));
                }
            }
            List<ScenarioResult> again = new ArrayList<>();
            for (ScenarioResult s : suspects) {
                ScenarioResult rerun = alone.get(where(s));
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

    /** A scenario's place in a run: its vendor, its feature and line. */
    private static String where(ScenarioResult s) {
        return s.imType().map(String::valueOf).orElse("") + "/" + s.location();
    }

    /** The scenarios as Cucumber's engine selects one: its feature on the classpath, and its line there. */
    private static List<DiscoverySelector> selectors(List<ScenarioResult> scenarios) {
        return scenarios.stream().map(s -> (DiscoverySelector) DiscoverySelectors.selectClasspathResource(
                FEATURES + "/" + s.file(),
                FilePosition.from(Integer.parseInt(s.location().substring(s.location().lastIndexOf(':') + 1)))))
                .toList();
    }

    /**
     * The run's tag expression: the user's, and never the formats' own scenarios (they test the kit's parser, not
     * the bridge, and run under mvn verify and behind check-link and check-img-url).
     */
    private String tagExpression(Vendor vendor) {
        String kit = Stream.concat(catalog.formats().stream().map(f -> "not " + FORMAT_TAG + f.name()),
                VendorOnlyTags.expression(catalog, vendor).stream()).collect(Collectors.joining(" and "));
        return tags.map(t -> "(" + t + ") and " + kit).orElse(kit);
    }

    private LauncherDiscoveryRequest request(Vendor vendor, List<? extends DiscoverySelector> selectors, int workers,
            Optional<Path> html, Optional<PostDiscoveryFilter> part) {
        Map<String, String> parameters = new TreeMap<>(Map.of(
                GLUE_PROPERTY_NAME, GLUE,
                PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true",
                "cucumber.junit-platform.naming-strategy.short.example-name", "pickle",
                PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, String.valueOf(workers > 1),
                PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME, "fixed",
                PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME, String.valueOf(workers),
                PARALLEL_CONFIG_FIXED_MAX_POOL_SIZE_PROPERTY_NAME, String.valueOf(workers),
                EXECUTION_DRY_RUN_PROPERTY_NAME, "false",
                FILTER_TAGS_PROPERTY_NAME, tagExpression(vendor)));
        html.ifPresent(dir -> parameters.put(PLUGIN_PROPERTY_NAME, "html:" + dir.resolve(CUCUMBER_HTML)));
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameters(parameters);
        part.ifPresent(request::filters);
        return request.build();
    }
}
