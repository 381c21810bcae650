package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.report.JUnitSchema;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.SchemaSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * `run` end to end, in process, against small fixture bridges (src/test/resources/bridges) and profiles
 * (src/test/resources/profiles): the exit code, the last line of output, and the reports read back.
 */
class RunCommandTest {

    private static final String GET_IMTYPE = "@rule:GET-IMTYPE-01";
    private static final String GET_IMTYPE_AND_SHARE = "@rule:GET-IMTYPE-01 or @rule:SHARE-02";
    private static final String SHARE_CANCEL_ON_RONGLIAN = "shareIMUI · shareIMUI fails and sends nothing when the "
            + "user cancels — on 容联云";
    private static final String ON_RONGLIAN = "getImType · getImType answers the vendor's imType, a number — on 容联云";

    @TempDir
    Path temp;

    /** One finished run: what it printed, how it exited, and its reports. */
    private record Run(int exit, String out, String err, Path reports) {

        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }

        String file(String name) throws IOException {
            return Files.readString(reports.resolve(name), StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            JsonNode json = new ObjectMapper().readTree(file("conformance.json"));
            assertEquals(List.of(), new SchemaSet().validate("conformance.schema.json", json));
            return json;
        }

        /** cucumber.html's scenarios by Cucumber's status: each test case's worst step, as the page counts them. */
        Map<String, Long> cucumberStatuses() throws IOException {
            String prefix = "window.CUCUMBER_MESSAGES = ";
            String line = file("cucumber.html").lines().map(String::strip).filter(l -> l.startsWith(prefix))
                    .findFirst().orElseThrow();
            // JavaScript rather than JSON: "<" is written \x3C, so that no text can close the script element
            String array = line.substring(prefix.length(), line.lastIndexOf(']') + 1)
                    .replaceAll("(?<!\\\\)\\\\x([0-9A-Fa-f]{2})", "\\\\u00$1");
            JsonNode messages = new ObjectMapper().readTree(array);
            List<String> order = List.of("UNKNOWN", "PASSED", "SKIPPED", "PENDING", "UNDEFINED", "AMBIGUOUS", "FAILED");
            Map<String, String> worst = new HashMap<>();
            for (JsonNode m : messages) {
                JsonNode step = m.get("testStepFinished");
                if (step != null) {
                    worst.merge(step.get("testCaseStartedId").asText(), step.at("/testStepResult/status").asText(),
                            (a, b) -> order.indexOf(a) >= order.indexOf(b) ? a : b);
                }
            }
            return worst.values().stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        }

        JsonNode scenario(String title) throws IOException {
            return StreamSupport.stream(json().get("scenarios").spliterator(), false)
                    .filter(s -> s.get("title").asText().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no scenario " + title + " in " + out));
        }

        /** junit.xml, once it proved valid for Jenkins' xunit plugin. */
        Document junit() throws Exception {
            assertEquals(List.of(), JUnitSchema.problems(reports.resolve("junit.xml")));
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        }

        Element testcase(String name) throws Exception {
            NodeList cases = junit().getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
                    return (Element) cases.item(i);
                }
            }
            throw new AssertionError("no test case " + name + " in junit.xml");
        }

        /** The HTML matrix as a browser shows it: call → the text of each vendor's cell. */
        List<String> matrixRow(String call) throws IOException {
            try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
                HtmlPage page = browser.getPage(reports.resolve("conformance.html").toUri().toURL());
                List<String> cells = new ArrayList<>();
                page.querySelectorAll("#matrix tr[data-call=" + call + "] td")
                        .forEach(td -> cells.add(td.getTextContent()));
                return cells;
            }
        }
    }

    private Run run(String... args) {
        Path reports = temp.resolve("reports-" + System.nanoTime());
        List<String> all = new ArrayList<>(List.of("run", "--threads", "1", "--report-dir", reports.toString()));
        all.addAll(List.of(args));
        return runExactly(reports, all);
    }

    /** Runs the command line as given ({@code reports} is where it sends the reports, for the Run to read). */
    private static Run runExactly(Path reports, List<String> all) {
        Cli cli = Cli.run(all.toArray(String[]::new));
        return new Run(cli.exit(), cli.out(), cli.err(), reports);
    }

    private static String bridge(String name) {
        return "src/test/resources/bridges/" + name;
    }

    private static String profile(String name) {
        return "src/test/resources/profiles/" + name;
    }

    @Test
    void aFailingBridgeFailsTheRunAndEveryReportSaysWhy() throws Exception {
        Run r = run("--bridge", bridge("getimtype-name.js"), "--im-type", "1", "--tags", GET_IMTYPE);
        assertEquals(1, r.exit(), r.out());
        assertEquals("NOT conformant: 1 scenario(s) break a MUST rule", r.lastLine());
        for (String file : List.of("conformance.json", "conformance.html", "conformance.md", "cucumber.html",
                "junit.xml")) {
            assertTrue(Files.size(r.reports().resolve(file)) > 0, file);
        }

        JsonNode json = r.json();
        assertEquals(1, json.at("/summary/total").asInt(), "judged on 容联云 only, nothing skipped for 先维IM");
        assertEquals(1, json.at("/summary/failed").asInt());
        assertEquals(0, json.at("/summary/skipped").asInt());
        assertFalse(json.at("/summary/conformant").asBoolean());
        assertEquals(List.of(1), List.of(json.at("/bridge/imTypes/0").asInt()));
        assertEquals("htmlunit", json.at("/bridge/engine").asText());
        assertTrue(json.at("/bridge/engineVersion").asText().matches("HtmlUnit \\d+\\.\\d+\\.\\d+ \\(.+ profile\\)"),
                json.at("/bridge/engineVersion").asText());
        JsonNode failed = r.scenario(ON_RONGLIAN);
        assertEquals("getImType", failed.get("call").asText());
        assertEquals(1, failed.get("imType").asInt());
        assertEquals("FAIL", failed.get("verdict").asText());
        assertEquals("GET-IMTYPE-01", failed.at("/finding/rule").asText());
        assertTrue(failed.at("/finding/seen").asText().contains("{\"imType\":\"ronglian\"}"), failed.toString());
        assertEquals("FAIL", StreamSupport.stream(json.get("rules").spliterator(), false)
                .filter(x -> x.get("id").asText().equals("GET-IMTYPE-01")).findFirst().orElseThrow()
                .get("verdict").asText());

        Element testcase = r.testcase(ON_RONGLIAN);
        assertEquals("get-im-type/getImType", testcase.getAttribute("classname"));
        assertEquals("GET-IMTYPE-01 (MUST) broken by getImType on 容联云 (imType 1)",
                ((Element) testcase.getElementsByTagName("failure").item(0)).getAttribute("message"));
        assertEquals(1, r.junit().getElementsByTagName("testcase").getLength());

        assertEquals(List.of("–", "FAIL 1/1"), r.matrixRow("getImType"));
        assertEquals(List.of("–", "–"), r.matrixRow("sendChatMessage"));
        assertTrue(r.file("conformance.md").contains("\n| getImType | – | ❌ FAIL 1/1 |\n"),
                r.file("conformance.md"));
    }

    @Test
    void aProfileThatExpectsTheFailureMakesTheFailingBridgePass() throws Exception {
        Run r = run("--bridge", bridge("getimtype-name.js"), "--tags", GET_IMTYPE, "--profile",
                profile("expect-get-imtype-01.json"));
        assertEquals(0, r.exit(), r.out());
        assertEquals("conformant: no MUST rule broken (1 expected failure(s) excused by the profile)", r.lastLine());
        assertEquals("ACME-42: imType comes as the vendor's name until the 3.1 release",
                r.scenario(ON_RONGLIAN).at("/expected/reason").asText());
        assertEquals("acme-bridge", r.json().at("/bridge/name").asText());
        assertEquals("FAILS_AS_EXPECTED", r.json().at("/expectedFailures/0/status").asText());
        assertTrue(((Element) r.testcase(ON_RONGLIAN).getElementsByTagName("skipped").item(0)).getAttribute("message")
                .startsWith("expected failure (profile, until 2999-12-31): ACME-42"));
        assertEquals(List.of("–", "FAIL 1/1 (1 expected)"), r.matrixRow("getImType"));
    }

    @Test
    void anExpectedFailureThatPassesFailsTheRun() throws Exception {
        Run r = run("--bridge", bridge("getimtype-ronglian.js"), "--tags", GET_IMTYPE, "--profile",
                profile("expect-get-imtype-01.json"));
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.lastLine().startsWith("NOT conformant: expected failure rule GET-IMTYPE-01: unexpected pass: "
                + "remove it from the profile"), r.lastLine());
        assertEquals("PASS", r.scenario(ON_RONGLIAN).get("verdict").asText());
        Element entry = r.testcase("expected failure · rule GET-IMTYPE-01");
        assertEquals("UNEXPECTED_PASS", ((Element) entry.getElementsByTagName("failure").item(0)).getAttribute("type"));
    }

    @Test
    void anExpiredExpectedFailureFailsTheRunWithItsReason() throws Exception {
        Run r = run("--bridge", bridge("getimtype-name.js"), "--im-type", "1", "--tags", GET_IMTYPE, "--profile",
                profile("expired-get-imtype-01.json"));
        assertEquals(1, r.exit(), r.out());
        assertEquals("NOT conformant: 1 scenario(s) break a MUST rule; expected failure rule GET-IMTYPE-01: expired "
                + "on 2020-01-01 (ACME-41: imType comes as the vendor's name): fix the gap, or renew the entry with a later "
                + "date", r.lastLine());
        assertTrue(r.scenario(ON_RONGLIAN).get("expected").isNull());
        assertEquals("EXPIRED", r.json().at("/expectedFailures/0/status").asText());
    }

    /**
     * One run with passes, failures, warnings, time-outs and an expected failure: the terminal, conformance.md,
     * conformance.html, junit.xml and conformance.json give the same counts, and cucumber.html (whose statuses are
     * Cucumber's, not the kit's verdicts) agrees once a verdict is read as the status it comes from.
     */
    @Test
    void everyReportCountsTheRunAlike() throws Exception {
        Run r = run("--bridge", bridge("mixed-verdicts.js"), "--profile", profile("expect-get-imtype-01.json"),
                "--timeout-ms", "500", "--tags", "@rule:GET-IMTYPE-01 or @rule:SHOW-CHAT-01 or @rule:SHOW-GROUP-01 "
                        + "or @rule:SEND-CHAT-02");
        JsonNode summary = r.json().get("summary");
        Map<String, Long> json = new TreeMap<>();
        for (Verdict v : Verdict.values()) {
            json.put(v.key(), summary.get(v.key()).asLong());
        }
        long total = summary.get("total").asLong();
        long excused = summary.get("expectedFailures").asLong();
        assertTrue(json.values().stream().filter(n -> n > 0).count() == 4 && excused > 0, json + " " + r.out());

        String counts = r.out().lines().filter(l -> l.startsWith("scenarios: ")).findFirst().orElseThrow()
                .substring("scenarios: ".length());
        Map<String, Long> terminal = new TreeMap<>();
        for (Verdict v : Verdict.values()) {
            Matcher m = Pattern.compile("(\\d+) " + v.counted() + "\\b").matcher(counts);
            assertTrue(m.find(), v.counted() + " in " + counts);
            terminal.put(v.key(), Long.parseLong(m.group(1)));
        }
        assertEquals(json, terminal, counts);
        assertTrue(counts.startsWith(total + " in "), counts);
        assertTrue(counts.endsWith("(" + excused + " of them expected failures)"), counts);
        assertTrue(r.file("conformance.md").contains("\n| scenarios | " + counts + " |\n"), r.file("conformance.md"));
        assertTrue(r.file("conformance.html").contains("<dt>scenarios</dt><dd>" + counts + "</dd>"));
        for (Verdict v : Verdict.values()) {
            assertTrue(r.file("conformance.html").contains("> " + v.label() + " (" + json.get(v.key()) + ")</label>"),
                    v.label());
        }

        Document junit = r.junit();
        Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
        assertEquals(counts, property(suite, "scenarios"));
        long expectedSkipped = 0;
        long expectedFailures = 0;
        for (JsonNode s : r.json().get("scenarios")) {
            String verdict = s.get("verdict").asText();
            if (!s.get("expected").isNull() || verdict.equals("SKIP")) {
                expectedSkipped++;
            } else if (verdict.equals("FAIL") || verdict.equals("TIMEOUT")) {
                expectedFailures++;
            }
        }
        assertEquals(List.of(total, expectedFailures, json.get("harnessErrors"), expectedSkipped), List.of(
                Long.parseLong(suite.getAttribute("tests")), Long.parseLong(suite.getAttribute("failures")),
                Long.parseLong(suite.getAttribute("errors")), Long.parseLong(suite.getAttribute("skipped"))));

        Map<String, Long> cucumber = r.cucumberStatuses();
        assertEquals(Map.of("PASSED", json.get("passed") + json.get("warned"),
                "FAILED", json.get("failed") + json.get("timedOut") + json.get("harnessErrors"),
                "SKIPPED", json.get("skipped")).entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), cucumber);
    }

    private static String property(Element suite, String name) {
        NodeList properties = suite.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            if (p.getAttribute("name").equals(name)) {
                return p.getAttribute("value");
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void offATerminalALinePerScenarioThatDidNotPassThenTheFailuresByRule() {
        Run r = run("--bridge", bridge("getimtype-name.js"), "--im-type", "1", "--tags", GET_IMTYPE);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("mplus-tck "), r.out());
        assertTrue(lines.get(1).startsWith("FAIL          " + ON_RONGLIAN + " (get-im-type.feature:")
                || lines.get(2).startsWith("FAIL          " + ON_RONGLIAN + " (get-im-type.feature:"), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("SKIP ")), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("PASS ")), r.out());
        assertFalse(r.out().contains("\r"), r.out());
        assertTrue(r.out().contains("\nFailures by rule: 1 scenario(s), 1 rule\n\nGET-IMTYPE-01 (MUST) · 1 scenario(s)\n"
                + "  rule:     " + Catalog.standard().rule("GET-IMTYPE-01").orElseThrow().text() + "\n"), r.out());
        assertTrue(r.out().contains("\ngetImType        | –          | FAIL 1/1\n"), r.out());
    }

    @Test
    void theRowsOfAnOutlineAreTestCasesOfTheirOwnName() throws Exception {
        Run r = run("--im-type", "1", "--tags", "@rule:SEND-CHAT-01");
        assertEquals(0, r.exit(), r.out());
        NodeList cases = r.junit().getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            names.add(c.getAttribute("classname") + " / " + c.getAttribute("name"));
        }
        assertEquals(10, names.size(), names.toString());
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        assertTrue(names.contains("send-chat-message/sendChatMessage / sendChatMessage · sendChatMessage delivers one "
                + "one-to-one message to the user, unchanged [message: 单引号 ' 与 <b>标签</b> & 符号 ￥%+=?#] — on 容联云"),
                names.toString());
        assertTrue(names.contains("send-chat-message/sendChatMessage / sendChatMessage · sendChatMessage delivers the "
                + "longest message the vendor takes, whole [tail: 中文] — on 容联云"), names.toString());
    }

    @Test
    void aClientBelow520SkipsShareIMUI() throws Exception {
        Run old = run("--bridge", bridge("getimtype-ronglian.js"), "--im-type", "1", "--tags", GET_IMTYPE_AND_SHARE,
                "--profile", profile("client-5.1.0.json"));
        assertEquals(0, old.exit(), old.out());
        JsonNode share = old.scenario(SHARE_CANCEL_ON_RONGLIAN);
        assertEquals("SKIP", share.get("verdict").asText());
        assertEquals("skipped: shareIMUI arrived in client 5.2.0; the profile claims client 5.1.0",
                share.get("message").asText());
        assertEquals("5.1.0", old.json().at("/bridge/version").asText());

        Run current = run("--bridge", bridge("getimtype-ronglian.js"), "--im-type", "1", "--tags",
                GET_IMTYPE_AND_SHARE, "--profile", profile("client-5.2.0.json"));
        assertEquals("FAIL", current.scenario(SHARE_CANCEL_ON_RONGLIAN).get("verdict").asText(), "this bridge has no shareIMUI: judged at 5.2.0, it fails");
        assertEquals(1, current.exit());
    }

    @Test
    void fewerCallsSkipTheOthersAndEveryReportSaysPartial() throws Exception {
        Run r = run("--bridge", bridge("getimtype-ronglian.js"), "--im-type", "1", "--tags", GET_IMTYPE_AND_SHARE,
                "--profile", profile("getimtype-only.json"));
        assertEquals(0, r.exit(), r.out());
        assertEquals("conformant: no MUST rule broken (partial: 1 of 8 calls)", r.lastLine());
        assertEquals("SKIP", r.scenario(SHARE_CANCEL_ON_RONGLIAN).get("verdict").asText());
        assertEquals("partial: 1 of 8 calls", r.json().at("/summary/partial").asText());
        assertEquals("getImType", r.json().at("/bridge/calls/0").asText());
        assertTrue(r.file("conformance.md").contains("\n| calls | partial: 1 of 8 calls |\n"));
        assertTrue(r.file("conformance.html").contains("<dt>calls</dt><dd>partial: 1 of 8 calls</dd>"));
        assertEquals(List.of("–", "SKIP 1"), r.matrixRow("shareIMUI"));
    }

    @Test
    void shouldWarningsFailOnlyWithStrict() throws Exception {
        Run lenient = run("--bridge", bridge("getimtype-sync.js"), "--im-type", "1", "--tags", GET_IMTYPE);
        assertEquals(0, lenient.exit(), lenient.out());
        assertEquals("WARN", lenient.scenario(ON_RONGLIAN).get("verdict").asText());
        assertEquals("CALLBACK-04", lenient.scenario(ON_RONGLIAN).at("/warnings/0/rule").asText());
        Element warned = lenient.testcase(ON_RONGLIAN);
        assertEquals(0, warned.getElementsByTagName("failure").getLength());
        assertTrue(warned.getElementsByTagName("system-out").item(0).getTextContent()
                .startsWith("verdict: WARN\nCALLBACK-04 (SHOULD)"));

        Run strict = run("--bridge", bridge("getimtype-sync.js"), "--im-type", "1", "--tags", GET_IMTYPE, "--strict");
        assertEquals(1, strict.exit(), strict.out());
        assertEquals("NOT conformant: 1 scenario(s) break a SHOULD rule (--strict)", strict.lastLine());
    }

    @Test
    void aHugeHostileErrorIsCutAndStaysText() throws Exception {
        Run r = run("--bridge", bridge("getimtype-hostile.js"), "--im-type", "1", "--tags", GET_IMTYPE);
        assertEquals(1, r.exit(), r.out());
        for (String file : List.of("conformance.json", "conformance.html", "conformance.md", "junit.xml")) {
            assertTrue(Files.size(r.reports().resolve(file)) < 64 * 1024, file + ": " + Files.size(r.reports()
                    .resolve(file)) + " bytes");
        }
        assertTrue(Files.size(r.reports().resolve("cucumber.html")) < 3 * 1024 * 1024);
        String seen = r.scenario(ON_RONGLIAN).at("/finding/seen").asText();
        assertTrue(seen.contains("<script>alert('pwned')</script>\uFFFDxxx"), seen.substring(0, 200));
        assertTrue(seen.contains("… [cut at 2000 characters]"), seen.substring(seen.length() - 200));
        assertFalse(r.file("conformance.html").contains("<script>alert"));
        assertTrue(r.file("conformance.html").contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;"));
        assertTrue(r.testcase(ON_RONGLIAN).getTextContent().contains("<script>alert('pwned')</script>"));
    }

    @Test
    void aBadProfileIsAUsageErrorSaidInWords() throws Exception {
        Run r = run("--bridge", bridge("getimtype-ronglian.js"), "--profile", profile("invalid.json"));
        assertEquals(2, r.exit(), r.out());
        assertEquals("usage error: the profile " + profile("invalid.json") + " has 3 problems: "
                + "bridge.version: does not match the regex pattern ^[0-9]{1,6}\\.[0-9]{1,6}\\.[0-9]{1,6}$ (found \"5.2\"); "
                + "bridge: required property 'name' not found; "
                + "expectedFailures[0]: required property 'reason' not found", r.lastLine());
        assertFalse((r.out() + r.err()).contains("Exception"), r.out() + r.err());
        assertFalse((r.out() + r.err()).contains("\tat "), r.out() + r.err());
        assertEquals(r.lastLine(), r.json().at("/run/stopped").asText());
        assertEquals(1, r.testcase("the run · " + r.lastLine()).getElementsByTagName("error").getLength());
    }

    @Test
    void aBridgeTheEngineCannotParseIsAHarnessErrorWithAdvice() throws Exception {
        Run r = run("--bridge", bridge("unparseable.js"));
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.lastLine().startsWith("harness error: HtmlUnit cannot parse unparseable.js"), r.lastLine());
        assertTrue(r.lastLine().endsWith("judge this bridge with --engine chromium."), r.lastLine());
        assertEquals(2, r.json().at("/summary/exitCode").asInt());
        assertTrue(r.file("conformance.md").contains("### The kit stopped before judging"));
    }

    @Test
    void aReportFolderThatCannotBeWrittenIsAUsageErrorInALine() throws IOException {
        Path clash = Files.createDirectories(temp.resolve("clash").resolve("cucumber.html"));
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        for (Path reports : List.of(clash.getParent(), file, file.resolve("below"))) {
            Run r = runExactly(reports, List.of("run", "--tags", GET_IMTYPE, "--report-dir", reports.toString()));
            assertEquals(2, r.exit(), r.out());
            assertTrue(r.lastLine().startsWith("usage error: cannot write the reports to " + reports + " ("),
                    r.lastLine());
            assertTrue(r.lastLine().endsWith("): give --report-dir a folder the kit may write"), r.lastLine());
            assertEquals(1, r.out().lines().count(), "one line, before anything runs: " + r.out());
            assertFalse((r.out() + r.err()).contains("\tat ") || (r.out() + r.err()).contains("Exception"),
                    r.out() + r.err());
        }
    }

    @Test
    void noThreadsIsAUsageError() {
        Path reports = temp.resolve("reports-" + System.nanoTime());
        Run r = runExactly(reports, List.of("run", "--threads", "0", "--report-dir", reports.toString()));
        assertEquals(2, r.exit(), r.out());
        assertEquals("usage error: --threads 0: give 1 or more (how many scenarios run at once)", r.lastLine());
        assertFalse(r.err().contains("WARNING"), r.err());
    }

    @Test
    void aTagExpressionThatDoesNotParseIsAUsageError() {
        Run r = run("--tags", "not (");
        assertEquals(2, r.exit(), r.out());
        assertEquals("usage error: --tags \"not (\" is not a tag expression (Unmatched (): write e.g. \"not @wire\""
                + " or \"@rule:SEND-CHAT-01 or @slow\"", r.lastLine());
        assertFalse((r.out() + r.err()).contains("--glue"), "no Cucumber argument list: " + r.out());
    }

    @Test
    void theRemoteEngineJudgesTheAppsOwnBridgeAndItsOptionsNeedIt() {
        Run withBridge = run("--engine", "remote", "--bridge", "src/test/resources/bridges/getimtype-ronglian.js");
        assertEquals(2, withBridge.exit());
        assertEquals("usage error: --engine remote judges the app's own window.mplus, in the page that opens the "
                + "runner: drop --bridge", withBridge.lastLine());
        Run withoutRemote = run("--connect-timeout", "5");
        assertEquals(2, withoutRemote.exit());
        assertEquals("usage error: --connect-timeout, --bind and --port are for --engine remote: drop "
                + "them, or add --engine remote", withoutRemote.lastLine());
        Run badTimeout = run("--engine", "remote", "--connect-timeout", "0");
        assertEquals(2, badTimeout.exit());
        assertEquals("usage error: --connect-timeout 0 is out of range: give 1 to 86400 seconds", badTimeout.lastLine());
    }

    @Test
    void badOptionsEndWithAUsageErrorLine() {
        Run r = run("--im-type", "5");
        assertEquals(2, r.exit());
        assertEquals("usage error: --im-type 5: give 0 (先维IM) or 1 (容联云)", r.lastLine());
        Run unknown = run("--no-such-option");
        assertEquals(2, unknown.exit());
        assertEquals("usage error: Unknown option: '--no-such-option' (see mplus-tck run --help)", unknown.lastLine());
    }
}
