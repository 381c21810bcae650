package org.mplus.tck.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplus.tck.report.Reports;

/**
 * The folder a run writes its reports to, made and tried before the run: a run that cannot write its reports
 * should say so in a line at once, not after judging (or in Cucumber's stack trace, for cucumber.html).
 */
final class ReportDirectory {

    static final List<String> FILES = Stream.concat(Reports.FILES.stream(), Stream.of(ConformanceRun.CUCUMBER_HTML))
            .toList();

    private ReportDirectory() {
    }

    /** Makes {@code dir} if need be; empty when every report can be written there, else why not. */
    static Optional<String> prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String file : FILES) {
                Path report = dir.resolve(file);
                if (Files.isDirectory(report)) {
                    return Optional.of(report + " is a directory, where the report " + file + " goes");
                }
                if (Files.exists(report) && !Files.isWritable(report)) {
                    return Optional.of(report + " is read-only");
                }
            }
            Files.delete(Files.createTempFile(dir, ".mplus-tck-", ".probe"));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(describe(e));
        }
    }

    /** An I/O failure in words: the JDK names the file and, for some failures, only in the exception's type. */
    private static String describe(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return String.valueOf(e.getMessage());
        }
        String why = f.getReason() != null ? f.getReason()
                : f instanceof NoSuchFileException ? "no such file or directory"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof FileAlreadyExistsException ? "a file is in the way" : "cannot be written";
        return f.getFile() + ": " + why;
    }
}
