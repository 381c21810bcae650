package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mplus.tck.report.Results.failed;
import static org.mplus.tck.report.Results.other;
import static org.mplus.tck.report.Results.passed;
import static org.mplus.tck.report.Results.warned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.SchemaSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four reports of one made-up run, read back the way their readers read them. */
class ReportsTest {

    /** An errMsg as hostile as a bridge can make it: markup, a control character, XML and Markdown syntax. */
    private static final String HOSTILE = "fail({\"errMsg\":\"<script>document.title='pwned'</script>\u0001]]> & `x` | *y*\"})";

    private static final ScenarioResult GOOD = passed("get-im-type.feature:23",
            "getImType on 先维IM answers imType 0, a number", "CALLBACK-01", "GET-IMTYPE-01", "GET-IMTYPE-02");
    private static final ScenarioResult BAD = collected(failed("get-im-type.feature:24",
            "getImType on 容联云 answers imType 1, a number", "GET-IMTYPE-01", HOSTILE, "CALLBACK-01", "GET-IMTYPE-01",
            "GET-IMTYPE-02"));
    private static final ScenarioResult EXCUSED = failed("callbacks.feature:66",
            "getImType on 容联云 with no callbacks throws nothing", "CALLBACK-01", "no callback within 3000 ms",
            "CALLBACK-01", "CALLBACK-03");
    private static final ScenarioResult WARNED = warned("callbacks.feature:67",
            "getImType on 容联云 with only fail throws nothing", List.of("CALLBACK-04"), "CALLBACK-01", "CALLBACK-04");
    private static final ScenarioResult SKIPPED = other(Verdict.SKIP, "callbacks.feature:68",
            "getImType on 先维IM with only fail throws nothing", "skipped: the profile does not claim getImType (partial: 7 calls)",
            "CALLBACK-01");
    private static final ScenarioResult BROKEN = other(Verdict.HARNESS_ERROR, "callbacks.feature:69",
            "getImType on 先维IM with no callbacks throws nothing", "the engine <b>broke</b>", "CALLBACK-01");

    @TempDir
    static Path dir;

    private static Assessment assessment;

    /** As the collector hands results to the reports: cut and printable. */
    private static ScenarioResult collected(ScenarioResult s) {
        return new ScenarioResult(s.id(), s.name(), s.feature(), s.location(), s.subject(), s.imType(), s.rules(),
                s.judged(), s.verdict(), s.finding().map(Clip::finding), s.warnings(), Clip.text(s.message()),
                s.durationMs());
    }

    @BeforeAll
    static void write() throws IOException {
        RunResult run = new RunResult(Results.setup(false), List.of(BROKEN, WARNED, GOOD, SKIPPED, BAD, EXCUSED),
                Duration.ofMillis(4321), Optional.empty());
        assessment = Assessment.of(run, List.of(
                new ExpectedFailure(Optional.of("CALLBACK-01"), Optional.empty(), "ACME-7: <no callbacks>",
                        LocalDate.parse("2027-01-01")),
                new ExpectedFailure(Optional.of("SHARE-01"), Optional.empty(), "ACME-8", LocalDate.parse("2026-01-01"))),
                LocalDate.parse("2026-11-26"));
        Reports.write(dir, assessment);
    }

    private static String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theJsonMatchesItsSchemaAndCarriesTheVerdicts() throws IOException {
        JsonNode json = new ObjectMapper().readTree(read(Reports.JSON));
        assertEquals(List.of(), new SchemaSet().validate(JsonReport.SCHEMA, json));
        JsonNode summary = json.get("summary");
        assertEquals(6, summary.get("total").asInt());
        assertEquals(List.of(1, 2, 1, 0, 1, 1, 1), List.of(summary.get("passed").asInt(), summary.get("failed").asInt(),
                summary.get("warned").asInt(), summary.get("timedOut").asInt(), summary.get("skipped").asInt(),
                summary.get("harnessErrors").asInt(), summary.get("expectedFailures").asInt()));
        assertFalse(summary.get("conformant").asBoolean());
        assertEquals(2, summary.get("exitCode").asInt());
        assertEquals("HtmlUnit 5.7.0 (Chrome profile)", json.at("/bridge/engineVersion").asText());
        assertEquals("test-bridge", json.at("/bridge/name").asText());

        JsonNode bad = scenario(json, "get-im-type.feature:24");
        assertEquals("getImType", bad.get("call").asText());
        assertEquals(1, bad.get("imType").asInt());
        assertEquals("FAIL", bad.get("verdict").asText());
        assertEquals("GET-IMTYPE-01", bad.at("/finding/rule").asText());
        assertEquals("spec line 28: 「0：先维IM；1：容联云」", bad.at("/finding/source").asText());
        assertTrue(bad.at("/finding/seen").asText().contains("<script>document.title='pwned'</script>\uFFFD]]>"));
        assertTrue(bad.get("expected").isNull());
        assertEquals("ACME-7: <no callbacks>", scenario(json, "callbacks.feature:66").at("/expected/reason").asText());
        assertEquals(List.of("get-im-type.feature:23", "get-im-type.feature:24", "callbacks.feature:66",
                "callbacks.feature:67", "callbacks.feature:68", "callbacks.feature:69").stream().sorted().toList(),
                ids(json.get("scenarios")).stream().sorted().toList());

        assertEquals("FAIL", rule(json, "GET-IMTYPE-01").get("verdict").asText());
        assertEquals(2, rule(json, "GET-IMTYPE-02").get("scenarios").asInt());
        assertEquals("PASS", rule(json, "GET-IMTYPE-02").get("verdict").asText());
        assertEquals("WARN", rule(json, "CALLBACK-04").get("verdict").asText());
        assertEquals("NOT-RUN", rule(json, "SHARE-01").get("verdict").asText());
        assertEquals("NOT-JUDGED", rule(json, "CALLBACK-03").get("verdict").asText());

        JsonNode expired = json.get("expectedFailures").get(1);
        assertEquals("EXPIRED", expired.get("status").asText());
        assertTrue(expired.get("failsTheRun").asBoolean());
    }

    @Test
    void theJsonSchemaKnowsEveryVerdict() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schemas", JsonReport.SCHEMA).toFile());
        List<String> listed = new ArrayList<>();
        schema.at("/$defs/verdict/enum").forEach(v -> listed.add(v.asText()));
        assertEquals(java.util.Arrays.stream(Verdict.values()).map(Verdict::label).toList(), listed);
        JsonNode summary = new ObjectMapper().readTree(read(Reports.JSON)).get("summary");
        for (Verdict v : Verdict.values()) {
            assertTrue(summary.has(v.key()), "summary." + v.key());
        }
    }

    private static JsonNode scenario(JsonNode json, String id) {
        return StreamSupport.stream(json.get("scenarios").spliterator(), false)
                .filter(s -> s.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode rule(JsonNode json, String id) {
        return StreamSupport.stream(json.get("rules").spliterator(), false)
                .filter(s -> s.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void theJUnitXmlIsValidForJenkinsXunitPlugin() throws Exception {
        assertEquals(List.of(), JUnitSchema.problems(dir.resolve(Reports.JUNIT)));
        Path stopped = dir.resolve("stopped");
        Reports.write(stopped, Assessment.of(RunResult.stopped(Results.setup(false), "usage error: no such bridge"),
                List.of(), LocalDate.parse("2026-11-26")));
        assertEquals(List.of(), JUnitSchema.problems(stopped.resolve(Reports.JUNIT)));
    }

    @Test
    void theJUnitXmlHasOneReadableTestCasePerScenarioAndOnePerExpectedFailure() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(Reports.JUNIT).toFile());
        Element all = (Element) xml.getElementsByTagName("testsuites").item(0);
        assertEquals(List.of("8", "2", "1"), List.of(all.getAttribute("tests"), all.getAttribute("failures"),
                all.getAttribute("errors")));
        // The scenarios' suite counts the scenarios alone, as the other reports do; the profile's entries have theirs.
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals(List.of("6", "1", "1", "2"), List.of(suite.getAttribute("tests"), suite.getAttribute("failures"),
                suite.getAttribute("errors"), suite.getAttribute("skipped")));
        Element profile = (Element) xml.getElementsByTagName("testsuite").item(1);
        assertEquals(List.of("mplus profile · expected failures", "2", "1", "0", "0"), List.of(
                profile.getAttribute("name"), profile.getAttribute("tests"), profile.getAttribute("failures"),
                profile.getAttribute("errors"), profile.getAttribute("skipped")));
        NodeList cases = xml.getElementsByTagName("testcase");
        Element bad = testcase(cases, "getImType · getImType on 容联云 answers imType 1, a number — on 容联云");
        assertEquals("get-im-type/getImType", bad.getAttribute("classname"));
        Element failure = (Element) bad.getElementsByTagName("failure").item(0);
        assertEquals("GET-IMTYPE-01 (MUST) broken by getImType on 容联云 (imType 1)", failure.getAttribute("message"));
        assertEquals("FAIL", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("seen:     " + HOSTILE.replace('\u0001', '\uFFFD')),
                failure.getTextContent());
        assertTrue(failure.getTextContent().contains("source:   spec line 28"), failure.getTextContent());

        Element excused = testcase(cases, "getImType · getImType on 容联云 with no callbacks throws nothing — on 容联云");
        Element skipped = (Element) excused.getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").startsWith("expected failure (profile, until 2027-01-01): ACME-7"));
        assertEquals("FAIL", skipped.getAttribute("type"), "the verdict behind the skip");
        Element warned = testcase(cases, "getImType · getImType on 容联云 with only fail throws nothing — on 容联云");
        assertEquals(0, warned.getElementsByTagName("failure").getLength());
        assertTrue(systemOut(warned).startsWith("verdict: WARN\nCALLBACK-04 (SHOULD)"), systemOut(warned));
        Element broken = testcase(cases, "getImType · getImType on 先维IM with no callbacks throws nothing — on 先维IM");
        assertEquals("the engine <b>broke</b>",
                ((Element) broken.getElementsByTagName("error").item(0)).getAttribute("message"));
        Element expired = testcase(cases, "expected failure · rule SHARE-01");
        assertEquals("profile/expectedFailures", expired.getAttribute("classname"));
        assertEquals("EXPIRED", ((Element) expired.getElementsByTagName("failure").item(0)).getAttribute("type"));
    }

    @Test
    void everyTestCaseOfTheJUnitXmlCarriesItsVerdict() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(Reports.JUNIT).toFile());
        NodeList cases = ((Element) xml.getElementsByTagName("testsuite").item(0)).getElementsByTagName("testcase");
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            verdicts.add(systemOut((Element) cases.item(i)).lines().findFirst().orElse(""));
        }
        // in feature order: callbacks.feature:66 to 69, then get-im-type.feature:23 and 24
        assertEquals(List.of("verdict: FAIL", "verdict: WARN", "verdict: SKIP", "verdict: HARNESS-ERROR",
                "verdict: PASS", "verdict: FAIL"), verdicts);
    }

    private static String systemOut(Element testcase) {
        return testcase.getElementsByTagName("system-out").item(0).getTextContent();
    }

    private static Element testcase(NodeList cases, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no test case named " + name);
    }

    @Test
    void theHtmlIsSelfContainedAndEscapesWhatTheBridgeSaid() throws IOException {
        String html = read(Reports.HTML);
        for (String fetch : List.of(" src=", " href=", "<link", "@import", "url(")) {
            assertFalse(html.contains(fetch), "the page must fetch nothing, but has " + fetch);
        }
        assertFalse(html.contains("<script>document"), "the errMsg's markup must be escaped");
        assertTrue(html.contains("&lt;script&gt;document.title&#x3D;&#x27;pwned&#x27;&lt;/script&gt;"));
        assertEquals(2, html.split("<script>", -1).length, "one script: the kit's own");
    }

    @Test
    void theCspPageHasNoInlineStyleOrScriptAndLinksFilesBesideIt() throws IOException {
        String html = read(Reports.HTML_LINKED);
        for (String inline : List.of("<style", "<script>", " style=", " onclick=", " onload=", "javascript:")) {
            assertFalse(html.contains(inline), "a Content-Security-Policy without 'unsafe-inline' drops " + inline);
        }
        Matcher links = Pattern.compile(" (?:src|href)=\"([^\"]*)\"").matcher(html);
        List<String> linked = new ArrayList<>();
        while (links.find()) {
            linked.add(links.group(1));
        }
        assertEquals(List.of(Reports.CSS, Reports.SCRIPT), linked);
        linked.forEach(file -> assertTrue(Files.isRegularFile(dir.resolve(file)), file + " beside the page"));
        String inlined = read(Reports.HTML);
        assertTrue(inlined.contains("<style>\n" + read(Reports.CSS) + "</style>"), "the same style as the inline page");
        assertTrue(inlined.contains("<script>\n" + read(Reports.SCRIPT) + "</script>"), "the same script");
        assertEquals(inlined.replaceAll("(?s)<style>.*</style>", "").replaceAll("(?s)<script>.*</script>", ""),
                html.replaceAll("<link rel=\"stylesheet\"[^>]*>", "").replaceAll("<script src=[^>]*></script>", ""),
                "the same page otherwise");
    }

    /** Jenkins' default policy runs no script at all: the page must show everything without one. */
    @Test
    void theCspPageShowsEveryScenarioWithoutItsScript() throws IOException {
        try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage page = browser.getPage(dir.resolve(Reports.HTML_LINKED).toUri().toURL());
            List<DomElement> shown = page.querySelectorAll("#scenarios > li").stream().map(DomElement.class::cast)
                    .filter(li -> !li.hasAttribute("hidden")).toList();
            assertEquals(6, shown.size(), page.asNormalizedText());
            assertTrue(page.getElementById("only").hasAttribute("hidden"), "the filter's note waits for the script");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Reports.HTML, Reports.HTML_LINKED})
    void theHtmlMatrixFilterAndFailuresWorkInABrowser(String file) throws IOException {
        List<String> alerts = new ArrayList<>();
        try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            browser.setAlertHandler((p, m) -> alerts.add(m));
            HtmlPage page = browser.getPage(dir.resolve(file).toUri().toURL());
            assertTrue(page.getTitleText().startsWith("Not judged"), page.getTitleText());

            DomElement cell = page.querySelector("#matrix tr[data-call=getImType] td[data-imtype='1']");
            assertEquals("FAIL 2/4 (1 expected)", cell.getTextContent());
            assertEquals("v-FAIL", cell.getAttribute("class"));
            DomElement vendor0 = page.querySelector("#matrix tr[data-call=getImType] td[data-imtype='0']");
            assertEquals("HARNESS-ERROR 1/2", vendor0.getTextContent());
            assertEquals("–", page.querySelector("#matrix tr[data-call=shareIMUI] td").getTextContent());

            DomElement bad = page.getElementById("get-im-type.feature:24");
            assertTrue(bad.asNormalizedText().contains("<script>document.title='pwned'</script>"),
                    bad.asNormalizedText());
            assertTrue(bad.asNormalizedText().contains("GET-IMTYPE-01 (MUST)"));
            assertTrue(bad.getElementsByTagName("details").get(0).hasAttribute("open"), "failures open expanded");

            // With failures to look at, passes and skips start filtered out; a click on the filter shows them.
            DomElement pass = page.getElementById("get-im-type.feature:23");
            assertTrue(pass.hasAttribute("hidden"));
            assertFalse(bad.hasAttribute("hidden"));
            HtmlCheckBoxInput passes = page.querySelector("#filter input[value=PASS]");
            passes.click();
            assertFalse(pass.hasAttribute("hidden"));

            // A matrix cell narrows the list to its call on its vendor.
            vendor0.click();
            assertTrue(bad.hasAttribute("hidden"));
            assertFalse(page.getElementById("callbacks.feature:69").hasAttribute("hidden"));
            page.getElementById("show-all").click();
            assertFalse(bad.hasAttribute("hidden"));
        }
        assertEquals(List.of(), alerts);
    }

    @Test
    void theMarkdownHasTheMatrixAndTheFailures() throws IOException {
        String md = read(Reports.MARKDOWN);
        assertTrue(md.startsWith("## mplus conformance: 🛠️ not judged\n"), md);
        assertTrue(md.contains("\n| getImType | 🛠️ HARNESS-ERROR 1/2 | ❌ FAIL 2/4 (1 expected) |\n"), md);
        assertFalse(md.contains("(format, any vendor)"), "no format row: their scenarios are not part of a run\n" + md);
        assertTrue(md.contains("\n### Failures: 4 scenario(s), 4 distinct (rule × call × vendor)\n"), md);
        assertTrue(md.contains("\n#### ❌ GET-IMTYPE-01 (MUST) · getImType · 容联云 — 1 scenario(s)\n\n"
                + "success gets res.imType, 0 (先维IM) or 1 (容联云).\n\n"
                + "- spec: spec line 28: 「0：先维IM；1：容联云」\n"
                + "- expected: ` success, and no fail `\n"
                + "- seen: `` " + HOSTILE.replace('\u0001', '\uFFFD') + " `` (in ` get-im-type.feature:24 `)\n"
                + "- scenarios:\n"
                + "  - FAIL getImType on 容联云 answers imType 1, a number — on 容联云 (` get-im-type.feature:24 `)\n"), md);
        assertTrue(md.contains("\n  - FAIL getImType on 容联云 with no callbacks throws nothing — on 容联云 (` callbacks.feature:66 `): "
                + "**expected failure** (profile, until 2027-01-01): ACME-7: \\<no callbacks\\>\n"), md);
        assertTrue(md.contains("\n```text\nthe engine <b>broke</b>\n```\n"), md);
        assertTrue(md.contains("- ❌ rule SHARE-01: expired on 2026-01-01 (ACME-8)"), md);
    }

    @Test
    void theMarkdownFitsInAPullRequestComment() {
        List<ScenarioResult> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ScenarioResult f = failed("bad-input.feature:" + (100 + i), "scenario " + i, "INPUT-01", "y".repeat(1900),
                    "INPUT-01");
            many.add(new ScenarioResult(f.id(), f.name(), f.feature(), f.location(), "call" + i, f.imType(), f.rules(),
                    f.judged(), f.verdict(), f.finding(), f.warnings(), f.message(), f.durationMs()));
        }
        String md = MarkdownReport.render(Assessment.of(new RunResult(Results.setup(false), many, Duration.ZERO,
                Optional.empty()), List.of(), LocalDate.parse("2026-11-26")));
        assertTrue(md.length() < 65_536, md.length() + " characters");
        assertTrue(md.matches("(?s).*\n… and \\d+ more: see conformance.html or conformance.json\n.*"),
                md.substring(md.length() - 300));
    }
}
