package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunResult;
import org.mplus.tck.report.RunSetup;
import org.mplus.tck.report.ScenarioResult;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/**
 * The vendor is an axis of the run: every scenario is judged once per vendor under test, nothing is skipped for
 * having been written for another vendor, and a call both vendors offer gets the same scenarios on each.
 */
class VendorPassesTest {

    private static RunResult run(RunSettings settings, Optional<String> tags) {
        RunSetup setup = RunSetup.of("test", settings, Profile.none(), tags, false, Instant.now());
        return new ConformanceRun(settings, tags, 4, Optional.empty()).run(r -> { }, setup);
    }

    private static String failures(List<ScenarioResult> results) {
        return results.stream().filter(s -> s.verdict() != Verdict.PASS)
                .map(s -> s.verdict().label() + " " + s.location() + " " + s.name() + "\n  " + s.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theReferenceRunJudgesEveryScenarioOnEachVendorAndPassesThemAll() {
        Catalog catalog = Catalog.standard();
        List<ScenarioResult> results = run(RunSettings.reference(), Optional.empty()).scenarios();
        assertTrue(results.stream().allMatch(s -> s.verdict() == Verdict.PASS), failures(results));

        Map<Integer, List<ScenarioResult>> byVendor = results.stream()
                .collect(Collectors.groupingBy(s -> s.imType().orElseThrow(), TreeMap::new, Collectors.toList()));
        assertEquals(List.of(0, 1), List.copyOf(byVendor.keySet()));
        System.out.println("reference run: " + byVendor.entrySet().stream()
                .map(e -> catalog.vendor(e.getKey()).orElseThrow().name() + " " + e.getValue().size())
                .collect(Collectors.joining(", ")) + " scenarios");
        for (ScenarioResult s : results) {
            Vendor v = s.vendor().orElseThrow();
            assertTrue(s.name().endsWith(ScenarioResult.ON + v.name()), s.name());
        }
        assertEquals(results.size(), results.stream().map(ScenarioResult::id).distinct().count(), "ids are unique");
        assertEquals(results.size(), results.stream().map(ScenarioResult::title).distinct().count(),
                "titles (junit.xml's test names) are unique");

        for (Call call : catalog.calls()) {
            Map<Integer, List<String>> where = new TreeMap<>();
            byVendor.forEach((imType, scenarios) -> where.put(imType, scenarios.stream()
                    .filter(s -> s.subject().equals(call.name())).map(ScenarioResult::location).sorted().toList()));
            if (call.vendors().size() == catalog.vendors().size()) {
                assertEquals(where.get(0), where.get(1), call.name() + ": the same scenarios on each vendor");
                assertTrue(!where.get(0).isEmpty(), call.name() + " is judged");
            } else {
                catalog.vendors().forEach(v -> assertTrue(!where.get(v.imType()).isEmpty(), call.name()
                        + " is judged on " + v.name() + ": where it is offered, or that it fails where it is lacking"));
                assertTrue(!where.get(0).equals(where.get(1)), call.name() + ": other scenarios where it is lacking");
            }
        }
    }

    @Test
    void aRunOnOneVendorIsOnePassWithNothingSkipped() {
        String tags = "@rule:SEND-MSG-01 or @rule:SEND-MSG-04 or @rule:SHOW-MSG-03 or @rule:INPUT-06";
        List<ScenarioResult> results = run(RunSettings.reference().withImTypes(List.of(0)), Optional.of(tags))
                .scenarios();
        assertTrue(results.stream().allMatch(s -> s.verdict() == Verdict.PASS), failures(results));
        assertTrue(results.stream().allMatch(s -> s.imType().equals(Optional.of(0))), "on 先维IM only");
        assertTrue(results.stream().noneMatch(s -> s.rules().contains("SEND-MSG-01")),
                "sendMessage's own scenarios are 容联云's: " + results.stream().map(ScenarioResult::name).toList());
        assertTrue(results.stream().anyMatch(s -> s.rules().contains("SEND-MSG-04")),
                "on 先维IM, sendMessage fails and sends nothing");
        assertTrue(results.stream().anyMatch(s -> s.rules().contains("SHOW-MSG-03")));
        assertTrue(results.stream().noneMatch(s -> s.subject().equals("showMessage") && s.rules().contains("INPUT-06")),
                "showMessage's bad input is tried where it is offered");
    }

    @Test
    void aSuiteClassJudgesOneVendorAndSaysHowToJudgeSeveral() {
        IllegalArgumentException several = assertThrows(IllegalArgumentException.class, () -> SuiteSettings.from(
                key -> key.equals(SuiteSettings.IM_TYPES) ? Optional.of("0,1") : Optional.empty()));
        assertEquals("mplus.tck.im-types=0,1 names 2 vendors, but a suite class judges one vendor: write one suite "
                + "class per vendor, each with @ConfigurationParameter(key = \"mplus.tck.im-types\", value = \"<its "
                + "imType>\"), or use `mplus-tck run`, which judges every vendor the bridge claims", several.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SuiteSettings.from(key -> Optional.empty()));
        assertTrue(none.getMessage().startsWith("the suite would judge imTypes [0, 1] (mplus.tck.im-types is not "
                + "given, and the reference bridge runs on every vendor), but a suite class judges one vendor"),
                none.getMessage());
        assertEquals(Optional.of(List.of(1)), SuiteSettings.from(
                key -> key.equals(SuiteSettings.IM_TYPES) ? Optional.of("1") : Optional.empty()).settings().imTypes());
    }
}
