package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.report.Reports;

class ReportDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFolderTakesEveryReport() {
        assertEquals(Optional.empty(), ReportDirectory.prepare(dir.resolve("reports")));
    }

    /** Every file the run writes is tried before it, the CSP page's style and script too. */
    @Test
    void aFolderInTheWayOfAnyReportIsSaidAtOnce() throws IOException {
        for (String file : Reports.FILES) {
            Path reports = dir.resolve("in-the-way-of-" + file);
            Files.createDirectories(reports.resolve(file));
            assertEquals(Optional.of(reports.resolve(file) + " is a directory, where the report " + file + " goes"),
                    ReportDirectory.prepare(reports));
        }
    }
}
