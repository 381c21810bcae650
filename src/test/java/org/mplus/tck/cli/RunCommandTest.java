package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    private static final String ON_RONGLIAN = "getImType · 容联云 · getImType on 容联云 answers imType 1, a number";

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

        JsonNode scenario(String title) throws IOException {
            return StreamSupport.stream(json().get("scenarios").spliterator(), false)
                    .filter(s -> s.get("title").asText().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no scenario " + title + " in " + out));
        }

        Element testcase(String name) throws Exception {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(reports.resolve("junit.xml").toFile());
            NodeList cases = xml.getElementsByTagName("testcase");
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
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            exit = Main.execute(all.toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8),
                reports);
    }

    private static String bridge(String name) {
        return "src/test/resources/bridges/" + name;
    }

    private static String profile(String name) {
        return "src/test/resources/profiles/" + name;
    }

    @Test
    void aFailingBridgeFailsTheRunAndEveryReportSaysWhy() throws Exception {
        Run r = run("--bridge", bridge("getimtype-string.js"), "--im-type", "1", "--tags", GET_IMTYPE);
        assertEquals(1, r.exit(), r.out());
        assertEquals("NOT conformant: 1 scenario(s) break a MUST rule", r.lastLine());
        for (String file : List.of("conformance.json", "conformance.html", "conformance.md", "cucumber.html",
                "junit.xml")) {
            assertTrue(Files.size(r.reports().resolve(file)) > 0, file);
        }

        JsonNode json = r.json();
        assertEquals(2, json.at("/summary/total").asInt());
        assertEquals(1, json.at("/summary/failed").asInt());
        assertEquals(1, json.at("/summary/skipped").asInt());
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
        assertTrue(failed.at("/finding/seen").asText().contains("{\"imType\":\"1\"}"), failed.toString());
        assertEquals("FAIL", StreamSupport.stream(json.get("rules").spliterator(), false)
                .filter(x -> x.get("id").asText().equals("GET-IMTYPE-01")).findFirst().orElseThrow()
                .get("verdict").asText());

        Element testcase = r.testcase(ON_RONGLIAN);
        assertEquals("get-im-type/getImType", testcase.getAttribute("classname"));
        assertEquals("GET-IMTYPE-01 (MUST) broken by getImType on 容联云 (imType 1)",
                ((Element) testcase.getElementsByTagName("failure").item(0)).getAttribute("message"));
        assertEquals(1, r.testcase("getImType · 先维IM · getImType on 先维IM answers imType 0, a number")
                .getElementsByTagName("skipped").getLength());

        assertEquals(List.of("SKIP 1", "FAIL 1/1"), r.matrixRow("getImType"));
        assertEquals(List.of("–", "–"), r.matrixRow("sendChatMessage"));
        assertTrue(r.file("conformance.md").contains("\n| getImType | ⏭️ SKIP 1 | ❌ FAIL 1/1 |\n"),
                r.file("conformance.md"));
    }

    @Test
    void aProfileThatExpectsTheFailureMakesTheFailingBridgePass() throws Exception {
        Run r = run("--bridge", bridge("getimtype-string.js"), "--tags", GET_IMTYPE, "--profile",
                profile("expect-get-imtype-01.json"));
        assertEquals(0, r.exit(), r.out());
        assertEquals("conformant: no MUST rule broken (1 expected failure(s) excused by the profile)", r.lastLine());
        assertEquals("ACME-42: imType comes as a string until the 3.1 release",
                r.scenario(ON_RONGLIAN).at("/expected/reason").asText());
        assertEquals("acme-bridge", r.json().at("/bridge/name").asText());
        assertEquals("FAILS_AS_EXPECTED", r.json().at("/expectedFailures/0/status").asText());
        assertTrue(((Element) r.testcase(ON_RONGLIAN).getElementsByTagName("skipped").item(0)).getAttribute("message")
                .startsWith("expected failure (profile, until 2999-12-31): ACME-42"));
        assertEquals(List.of("SKIP 1", "FAIL 1/1 (1 expected)"), r.matrixRow("getImType"));
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
        Run r = run("--bridge", bridge("getimtype-string.js"), "--im-type", "1", "--tags", GET_IMTYPE, "--profile",
                profile("expired-get-imtype-01.json"));
        assertEquals(1, r.exit(), r.out());
        assertEquals("NOT conformant: 1 scenario(s) break a MUST rule; expected failure rule GET-IMTYPE-01: expired "
                + "on 2020-01-01 (ACME-41: imType comes as a string): fix the gap, or renew the entry with a later "
                + "date", r.lastLine());
        assertTrue(r.scenario(ON_RONGLIAN).get("expected").isNull());
        assertEquals("EXPIRED", r.json().at("/expectedFailures/0/status").asText());
    }

    @Test
    void aClientBelow520SkipsShareIMUI() throws Exception {
        Run old = run("--bridge", bridge("getimtype-ronglian.js"), "--im-type", "1", "--tags", GET_IMTYPE_AND_SHARE,
                "--profile", profile("client-5.1.0.json"));
        assertEquals(0, old.exit(), old.out());
        JsonNode share = old.scenario("shareIMUI · 容联云 · shareIMUI on 容联云 fails and sends nothing when the user "
                + "cancels");
        assertEquals("SKIP", share.get("verdict").asText());
        assertEquals("skipped: shareIMUI arrived in client 5.2.0; the profile claims client 5.1.0",
                share.get("message").asText());
        assertEquals("5.1.0", old.json().at("/bridge/version").asText());

        Run current = run("--bridge", bridge("getimtype-ronglian.js"), "--im-type", "1", "--tags",
                GET_IMTYPE_AND_SHARE, "--profile", profile("client-5.2.0.json"));
        assertEquals("FAIL", current.scenario("shareIMUI · 容联云 · shareIMUI on 容联云 fails and sends nothing when the "
                + "user cancels").get("verdict").asText(), "this bridge has no shareIMUI: judged at 5.2.0, it fails");
        assertEquals(1, current.exit());
    }

    @Test
    void fewerCallsSkipTheOthersAndEveryReportSaysPartial() throws Exception {
        Run r = run("--bridge", bridge("getimtype-ronglian.js"), "--im-type", "1", "--tags", GET_IMTYPE_AND_SHARE,
                "--profile", profile("getimtype-only.json"));
        assertEquals(0, r.exit(), r.out());
        assertEquals("conformant: no MUST rule broken (partial: 1 of 8 calls)", r.lastLine());
        assertEquals("SKIP", r.scenario("shareIMUI · 容联云 · shareIMUI on 容联云 fails and sends nothing when the user "
                + "cancels").get("verdict").asText());
        assertEquals("partial: 1 of 8 calls", r.json().at("/summary/partial").asText());
        assertEquals("getImType", r.json().at("/bridge/calls/0").asText());
        assertTrue(r.file("conformance.md").contains("\n| calls | partial: 1 of 8 calls |\n"));
        assertTrue(r.file("conformance.html").contains("<dt>calls</dt><dd>partial: 1 of 8 calls</dd>"));
        assertEquals(List.of("SKIP 1", "SKIP 1"), r.matrixRow("shareIMUI"));
    }

    @Test
    void shouldWarningsFailOnlyWithStrict() throws Exception {
        Run lenient = run("--bridge", bridge("getimtype-sync.js"), "--im-type", "1", "--tags", GET_IMTYPE);
        assertEquals(0, lenient.exit(), lenient.out());
        assertEquals("WARN", lenient.scenario(ON_RONGLIAN).get("verdict").asText());
        assertEquals("CALLBACK-04", lenient.scenario(ON_RONGLIAN).at("/warnings/0/rule").asText());
        Element warned = lenient.testcase(ON_RONGLIAN);
        assertEquals(0, warned.getElementsByTagName("failure").getLength());
        assertTrue(warned.getElementsByTagName("system-out").item(0).getTextContent().startsWith("CALLBACK-04 (SHOULD)"));

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
        assertTrue(r.file("conformance.html").contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
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
    void theSlowScenariosStartFirst() {
        // vendor-faults.feature sorts after get-im-type.feature: in file order its @slow scenarios would come last
        Run r = run("--im-type", "1", "--tags", GET_IMTYPE + " or (@slow and @rule:DELIVERY-01)");
        List<String> progress = r.out().lines().filter(l -> l.matches(" *\\d+ PASS .*")).toList(); // 先维IM's skip
        assertEquals(4, progress.size(), r.out());
        assertTrue(progress.subList(0, 3).stream().allMatch(l -> l.contains("after a slow vendor accepted")), r.out());
        assertTrue(progress.get(3).contains("getImType"), r.out());
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
    void badOptionsEndWithAUsageErrorLine() {
        Run r = run("--im-type", "5");
        assertEquals(2, r.exit());
        assertEquals("usage error: --im-type 5: give 0 (先维IM) or 1 (容联云)", r.lastLine());
        Run unknown = run("--no-such-option");
        assertEquals(2, unknown.exit());
        assertEquals("usage error: Unknown option: '--no-such-option' (see mplus-tck run --help)", unknown.lastLine());
    }
}
