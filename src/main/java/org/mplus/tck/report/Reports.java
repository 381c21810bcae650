package org.mplus.tck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Writes the kit's own reports of a run (Cucumber writes cucumber.html beside them). */
public final class Reports {

    public static final String JSON = "conformance.json";
    public static final String HTML = "conformance.html";
    /** conformance.html without inline style or script, which it takes from the two files below. */
    public static final String HTML_LINKED = "conformance-csp.html";
    public static final String CSS = "conformance.css";
    public static final String SCRIPT = "conformance.js";
    public static final String MARKDOWN = "conformance.md";
    public static final String JUNIT = "junit.xml";

    private record Report(String file, Function<Assessment, String> render) {
    }

    private static final List<Report> ALL = List.of(new Report(JSON, JsonReport::render),
            new Report(HTML, HtmlReport::render), new Report(HTML_LINKED, HtmlReport::renderLinked),
            new Report(CSS, a -> HtmlReport.style()), new Report(SCRIPT, a -> HtmlReport.script()),
            new Report(MARKDOWN, MarkdownReport::render),
            new Report(JUNIT, JUnitReport::render));

    /** The files {@link #write} writes. */
    public static final List<String> FILES = ALL.stream().map(Report::file).toList();

    private Reports() {
    }

    public static void write(Path dir, Assessment a) throws IOException {
        Files.createDirectories(dir);
        for (Report r : ALL) {
            Files.writeString(dir.resolve(r.file()), r.render().apply(a), StandardCharsets.UTF_8);
        }
    }
}
