package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.Verdict;

/**
 * Text a bridge or a profile controls lands in the HTML and Markdown reports as text, never as markup: the
 * template engine escapes every value, and the templates leave raw only the kit's own style, script and
 * pre-rendered sections.
 */
class ReportEscapingTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' `t` a=b 李四 | *y* [l](j:x)";
    /** HOSTILE as Markdown prose: its punctuation escaped, nothing else touched. */
    private static final String PROSE = "\\<script\\>alert(\"x\")\\</script\\> & 'q' \\`t\\` a=b 李四 \\| \\*y\\* "
            + "\\[l\\](j:x)";
    private static final String LOCATION = "bad\"input'.feature:7";

    @TempDir
    Path dir;

    private static Assessment hostile() {
        ScenarioResult failed = Results.failed(LOCATION, "getImType answers " + HOSTILE, "GET-IMTYPE-01",
                "fail(" + HOSTILE + ")", "GET-IMTYPE-01");
        ScenarioResult broken = Results.other(Verdict.HARNESS_ERROR, "callbacks.feature:9", "broke", HOSTILE,
                "CALLBACK-01");
        return Assessment.of(new RunResult(Results.setup(false), List.of(failed, broken), Duration.ZERO,
                Optional.empty()), List.of(new ExpectedFailure(Optional.of("GET-IMTYPE-01"), Optional.empty(), HOSTILE,
                        LocalDate.parse("2027-01-01"))), LocalDate.parse("2026-11-26"));
    }

    @Test
    void theHtmlShowsHostileTextAsText() throws IOException {
        String html = HtmlReport.render(hostile());
        assertFalse(html.contains("<script>alert"), "markup from the bridge must be escaped");
        assertTrue(html.contains("李四"), "Chinese stays UTF-8 text, not entities");
        Path file = dir.resolve(Reports.HTML);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            HtmlPage page = browser.getPage(file.toUri().toURL());
            assertEquals(1, page.getElementsByTagName("script").size(), "the kit's own script alone");
            DomElement failed = page.getElementById(LOCATION);
            assertTrue(failed != null, "a quote in an attribute stays inside it");
            assertEquals("fail(" + HOSTILE + ")", failed.getElementsByTagName("code").get(0).getTextContent());
            assertTrue(failed.getElementsByTagName("summary").get(0).getTextContent().contains("getImType answers " + HOSTILE));
            assertEquals(HOSTILE, page.getElementById("callbacks.feature:9").getElementsByTagName("pre").get(0).getTextContent());
            assertTrue(failed.getTextContent().contains("expected failure (profile, until 2027-01-01): " + HOSTILE),
                    failed.getTextContent());
        }
    }

    @Test
    void theMarkdownShowsHostileTextAsText() {
        String md = MarkdownReport.render(hostile());
        assertTrue(md.contains("  - FAIL getImType answers " + PROSE + ScenarioResult.ON + "容联云 (` " + LOCATION
                + " `): **expected failure** (profile, until 2027-01-01): " + PROSE + "\n"), md);
        assertTrue(md.contains("- seen: `` fail(" + HOSTILE + ") ``"), "a code span holds the text as it is\n" + md);
        assertTrue(md.contains("```text\n" + HOSTILE + "\n```\n"), "so does a fenced block\n" + md);
    }

    /** A {{{raw}}} value skips the engine's escaping: only the kit's own markup may be one. */
    @Test
    void theTemplatesLeaveOnlyTheKitsOwnMarkupRaw() throws IOException {
        assertEquals(Set.of("style", "script"), raw("conformance.html.hbs"));
        assertEquals(Set.of("padding", "this"), raw("conformance.md.hbs"));
        assertEquals(Set.of(), raw("conformance-group.md.hbs"));
    }

    private static Set<String> raw(String template) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Pattern.compile("\\{\\{\\{\\s*([^}\\s]+)\\s*}}}").matcher(text).results().map(m -> m.group(1))
                    .collect(Collectors.toSet());
        }
    }
}
