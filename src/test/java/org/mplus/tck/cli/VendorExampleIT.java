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
 * The kit as a library: the jar and POM this build made, installed in the local repository, and a vendor's own
 * project (examples/vendor-maven) that judges its bridge with them under `mvn test`, offline.
 */
class VendorExampleIT {

    private static final String VERSION = System.getProperty("kit.version", "0.1.0");

    @TempDir
    Path temp;

    private record Maven(int exit, String output) {
    }

    private static Maven mvn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B"));
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
        Maven install = mvn(Path.of("").toAbsolutePath(), "-q", "install:install-file", "-Dfile=" + jar, "-DpomFile=pom.xml");
        assertEquals(0, install.exit(), install.output());

        Path project = temp.resolve("vendor-maven");
        copy(Path.of("examples", "vendor-maven"), project);
        Maven test = mvn(project, "-o", "test");
        assertEquals(0, test.exit(), test.output());

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
