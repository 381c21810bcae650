package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.mplus.tck.Conformance;

/**
 * A vendor's build judges a bridge for several IMs with one suite class per vendor, each saying its vendor (and its
 * reports' folder) in its own @ConfigurationParameter: the kit's run takes them over the build's parameters, judges
 * that vendor, and its reports leave out the scenarios of calls the vendor lacks.
 */
class SuiteClassPerVendorTest {

    static final String REPORTS = "target/suite-class-per-vendor/xianwei";

    /** Nested, so that Surefire does not run it on its own. */
    @ConfigurationParameter(key = SuiteSettings.IM_TYPES, value = "0")
    @ConfigurationParameter(key = SuiteSettings.REPORT_DIR, value = REPORTS)
    @ConfigurationParameter(key = SuiteSettings.TAGS, value = "@rule:SEND-MSG-01 or @rule:SEND-MSG-04")
    static class OnXianwei extends Conformance {
    }

    @Test
    void aSuiteClassJudgesTheVendorItsOwnParametersName() throws IOException {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(OnXianwei.class)).build(), summary);
        assertEquals(0, summary.getSummary().getTotalFailureCount(), () -> summary.getSummary().getFailures()
                .stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).toList()
                .toString());

        JsonNode report = new ObjectMapper().readTree(Path.of(REPORTS, "conformance.json").toFile());
        List<String> rules = new ArrayList<>();
        for (JsonNode s : report.get("scenarios")) {
            assertEquals(0, s.get("imType").asInt(), s.toString());
            assertEquals("PASS", s.get("verdict").asText(), s.toString());
            assertTrue(s.get("name").asText().endsWith(" — on 先维IM"), s.get("name").asText());
            s.get("rules").forEach(r -> rules.add(r.asText()));
        }
        assertTrue(rules.contains("SEND-MSG-04"), "sendMessage fails and sends nothing on 先维IM: " + rules);
        assertTrue(!rules.contains("SEND-MSG-01"), "sendMessage's own scenarios are left out of the report: " + rules);
        assertEquals(0, report.at("/summary/skipped").asInt(), report.get("summary").toString());
        assertTrue(summary.getSummary().getTestsSkippedCount() + summary.getSummary().getTestsAbortedCount() > 0,
                "JUnit itself shows sendMessage's own scenarios as skipped on 先维IM");
    }
}
