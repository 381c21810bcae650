package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A committed file that a generator renders from the catalog: -Dmplus.tck.writeDocs=true writes it anew. */
final class GeneratedFile {

    private GeneratedFile() {
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
    }

    /** Fails, naming the command that regenerates it, when {@code file} is not {@code expected}. */
    static void assertUpToDate(Path file, String expected, String testName) throws IOException {
        if (Boolean.getBoolean("mplus.tck.writeDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, read(file), file + " is out of date with schemas/catalog.json: regenerate it with "
                + "`mvn -B test -Dtest=" + testName + " -Dmplus.tck.writeDocs=true`");
    }
}
