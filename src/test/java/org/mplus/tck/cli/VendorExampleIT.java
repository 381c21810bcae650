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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The kit as a library: the jar and POM this build made, installed in a local repository, and a vendor's own
 * project (examples/vendor-maven) that judges its bridge with them under `mvn test`, offline.
 *
 * <p>The local repository is the test's own ({@link OwnRepository}), so that the build leaves the user's repository
 * with the kit it had: builds of other checkouts, at the same time, read their kit from there.
 */
class VendorExampleIT {

    private static final String VERSION = System.getProperty("kit.version", "0.1.0");
    /** The kit's folder in a local repository. */
    private static final Path KIT = Path.of("org", "mplus", "mplus-tck");

    @TempDir
    Path temp;

    private record Maven(int exit, String output) {
    }

    private static Maven mvn(Path dir, Path repository, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "mvn " + args[0] + " did not finish");
        return new Maven(p.exitValue(), output);
    }

    @Test
    void aVendorsBuildJudgesItsBridgeWithTheInstalledKit() throws Exception {
        Path jar = Path.of("target", "mplus-tck-" + VERSION + ".jar");
        try (ZipFile plain = new ZipFile(jar.toFile())) {
            assertTrue(plain.getEntry("org/mplus/tck/Conformance.class") != null, "the kit's classes");
            assertTrue(plain.getEntry("features/get-im-type.feature") != null, "its features");
            assertTrue(plain.getEntry("org/htmlunit/WebClient.class") == null, "a plain jar: no dependency inside");
        }
        Path project = temp.resolve("vendor-maven");
        copy(Path.of("examples", "vendor-maven"), project);
        try (OwnRepository repository = OwnRepository.in(temp.resolve("repository"))) {
            Maven install = mvn(Path.of("").toAbsolutePath(), repository.dir(), "-q", "install:install-file",
                    "-Dfile=" + jar, "-DpomFile=pom.xml");
            assertEquals(0, install.exit(), install.output());
            assertTrue(Files.isRegularFile(repository.dir().resolve(KIT).resolve(VERSION)
                    .resolve(jar.getFileName().toString())), "the kit installed in the test's own repository");
            Maven test = mvn(project, repository.dir(), "-o", "test");
            assertEquals(0, test.exit(), test.output());
        }

        Element suite = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("target/surefire-reports/TEST-com.example.acme.BridgeConformanceTest.xml")
                        .toFile()).getDocumentElement();
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertTrue(Integer.parseInt(suite.getAttribute("tests")) > 200, suite.getAttribute("tests"));

        JsonNode report = new ObjectMapper().readTree(project.resolve("target/mplus-tck/conformance.json").toFile());
        assertTrue(report.at("/summary/conformant").asBoolean(), report.get("summary").toString());
        assertEquals("partial: 1 of 8 calls", report.at("/summary/partial").asText());
        assertEquals("acme-mplus-bridge", report.at("/bridge/name").asText());
        assertFalse(report.at("/summary/passed").asInt() == 0, "getImType and the formats are judged");
    }

    /**
     * A local repository of the test's own that holds every artifact of the user's, through links, except the kit's
     * own folder: the kit installed there stays there, and everything else resolves offline as in the user's. Closing
     * it removes the links (never what they point to) before the temporary folder goes.
     */
    private record OwnRepository(Path dir, List<Path> links) implements AutoCloseable {

        static OwnRepository in(Path dir) throws IOException {
            Path users = Path.of(System.getProperty("user.home"), ".m2", "repository");
            List<Path> links = new ArrayList<>();
            Path level = Path.of("");
            for (Path step : KIT) {
                Path own = Files.createDirectories(dir.resolve(level.toString()));
                Path theirs = users.resolve(level.toString());
                if (!Files.isDirectory(theirs)) {
                    break;
                }
                try (Stream<Path> entries = Files.list(theirs)) {
                    for (Path entry : entries.filter(e -> !e.getFileName().equals(step)).toList()) {
                        links.add(Files.createSymbolicLink(own.resolve(entry.getFileName().toString()), entry));
                    }
                }
                level = level.resolve(step);
            }
            return new OwnRepository(dir, links);
        }

        @Override
        public void close() throws IOException {
            for (Path link : links) {
                Files.delete(link);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> !f.toString().contains("/target")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
