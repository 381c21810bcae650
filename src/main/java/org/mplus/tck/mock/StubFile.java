package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.common.Errors;
import com.github.tomakehurst.wiremock.common.InvalidInputException;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a root's mappings/, read the way WireMock reads it: its stubs, or what is wrong with it in words a
 * person can act on (WireMock calls every flaw "Error parsing JSON", a valid document of the wrong shape too),
 * and what deserves a warning: a stub that matches every URL takes the vendors' traffic from the kit's stubs.
 *
 * @param name     the file, relative to mappings/
 * @param stubs    its stubs; empty when it has a problem
 * @param problem  why it is not a valid stub file
 * @param warnings stubs that are valid but surely not meant
 */
record StubFile(String name, List<StubMapping> stubs, Optional<String> problem, List<String> warnings) {

    /** URLs any stub that matches all of them would take from the kit: both vendors' and the kit's own. */
    private static final List<String> EVERY_KIND_OF_URL = List.of("/2013-12-26/Accounts/x/IM/PushMsg?sig=x",
            "/im/v1/messages", "/__tck/client.json", "/mplus.js");
    private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[a-z0-9_]+\\.)*([A-Za-z0-9_$]+)`");
    private static final Pattern WHERE = Pattern.compile("\\s*at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]",
            Pattern.DOTALL);

    StubFile {
        stubs = List.copyOf(stubs);
        warnings = List.copyOf(warnings);
    }

    /**
     * Every *.json under {@code mappings}, in name order; a file or folder that vanishes while it is read (an
     * editor's temporary file) is left out, as WireMock would never see it either.
     */
    static List<StubFile> readAll(Path mappings) throws IOException {
        List<Path> paths = new ArrayList<>();
        Files.walkFileTree(mappings, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().endsWith(".json")) {
                    paths.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        List<StubFile> files = new ArrayList<>();
        for (Path path : paths.stream().sorted().toList()) {
            read(mappings, path).ifPresent(files::add);
        }
        return files;
    }

    /** "mappings/x.json is not a valid stub: …", for a file with a problem. */
    String describeProblem() {
        return "mappings/" + name + " is not a valid stub: " + problem.orElse("(none)");
    }

    /** Reads a file; empty when it vanished before it could be read (an editor's temporary file). */
    static Optional<StubFile> read(Path mappings, Path file) {
        String name = mappings.relativize(file).toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(invalid(name, "cannot be read: " + e.getMessage()));
        }
        if (bytes.length == 0) {
            return Optional.of(invalid(name, "is empty"));
        }
        List<StubMapping> stubs;
        try {
            stubs = List.copyOf(Json.read(bytes, StubMappingCollection.class).getMappingOrMappings());
        } catch (IOException | RuntimeException e) {
            return Optional.of(invalid(name, describe(e)));
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < stubs.size(); i++) {
            StubMapping stub = stubs.get(i);
            if (matchesEveryUrl(stub)) {
                warnings.add("mappings/" + name + ": " + (stubs.size() > 1 ? "stub " + (i + 1) + " " : "its stub ")
                        + (stub.getName() == null ? "" : "(" + stub.getName() + ") ")
                        + "matches every URL (it has no url, urlPath, urlPattern or urlPathPattern that narrows it):"
                        + " it answers the vendors' requests instead of the kit; give it a URL");
            }
        }
        return Optional.of(new StubFile(name, stubs, Optional.empty(), warnings));
    }

    private static StubFile invalid(String name, String why) {
        return new StubFile(name, List.of(), Optional.of(why), List.of());
    }

    private static boolean matchesEveryUrl(StubMapping stub) {
        UrlPattern url = stub.getRequest() == null ? null : stub.getRequest().getUrlMatcher();
        return url == null || EVERY_KIND_OF_URL.stream().allMatch(u -> url.match(u).isExactMatch());
    }

    /**
     * What is wrong with a stub document, in a line: where (a JSON pointer, or line and column) and what, with
     * Java's type names put in the document's terms.
     */
    static String describe(Exception e) {
        if (!(e instanceof InvalidInputException invalid) || invalid.getErrors().first() == null) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        Errors.Error error = invalid.getErrors().first();
        String detail = String.valueOf(error.getDetail());
        Matcher where = WHERE.matcher(detail);
        String at = where.find() ? "line " + where.group(1) + ", column " + where.group(2) : null;
        detail = WHERE.matcher(detail).replaceAll("");
        String pointer = error.getSource() == null ? null : error.getSource().getPointer();
        if (at == null && pointer != null && !pointer.equals("/")) {
            at = pointer;
        }
        String what = plain(detail.lines().findFirst().orElse(detail));
        return (at == null ? "" : "at " + at + ": ") + what;
    }

    /** Jackson's and WireMock's wording, in the terms of a stub file. */
    private static String plain(String detail) {
        String d = JAVA_TYPE.matcher(detail).replaceAll("$1")
                .replace(" (although at least one Creator exists)", "")
                .replace("StubMappingCollection", "a stub (a JSON object)")
                .replace("RequestPattern", "a request (a JSON object)")
                .replace("ResponseDefinition", "a response (a JSON object)");
        Matcher unknown = Pattern.compile("Unrecognized field \"([^\"]+)\" \\(class ([^)]+)\\).*").matcher(d);
        if (unknown.matches()) {
            return "unknown field \"" + unknown.group(1) + "\" (WireMock's stub fields: request, response, priority,"
                    + " name, id, scenarioName…)";
        }
        Matcher noString = Pattern.compile("Cannot construct instance of (.+?): no String-argument .*from String value"
                + " \\('(.*)'\\)").matcher(d);
        if (noString.matches()) {
            return "expected " + noString.group(1) + ", found the string \"" + noString.group(2) + "\"";
        }
        Matcher wrongType = Pattern.compile("Cannot deserialize value of type (.+?) from (.+?)(?: \\(token .*)?").matcher(d);
        if (wrongType.matches()) {
            return "expected " + ("int".equals(wrongType.group(1)) ? "a whole number" : wrongType.group(1))
                    + ", found " + wrongType.group(2).replaceAll(": not a valid .*", "");
        }
        if (d.startsWith("No content to map")) {
            return "no JSON in it";
        }
        return d.startsWith("Unexpected character") || d.startsWith("Unexpected end-of-input")
                ? "not JSON: " + d : d;
    }
}
