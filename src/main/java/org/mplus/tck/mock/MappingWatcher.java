package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubImport;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hot reload: watches root/mappings/ and, when a file changes, reloads every stub from it in one import,
 * so requests never see an empty stub list. A file that is not a valid stub keeps the previous stubs and is
 * reported by name and flaw; a stub that matches every URL is warned about. Stock WireMock needs a restart.
 *
 * <p>Whatever happens in the folder (editors' temporary files that vanish mid-scan, the folder deleted and made
 * again), the watcher keeps watching and says what it could not read; should it ever stop, it says so.
 */
final class MappingWatcher implements AutoCloseable {

    /** Editors write a file in several steps; wait this long for the burst to end. */
    private static final long SETTLE_MS = 150;
    /** After an error nobody foresaw, wait this long before watching again, so a lasting one cannot spin. */
    private static final long RETRY_MS = 1000;

    private final Path mappings;
    private final WireMockServer server;
    private final Supplier<Collection<StubMapping>> kept;
    private final Consumer<String> report;
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param kept   stubs that do not come from files (served files) and must survive a reload
     * @param report one line per reload, warning or error, for a person
     */
    MappingWatcher(Path mappings, WireMockServer server, Supplier<Collection<StubMapping>> kept,
            Consumer<String> report) throws IOException {
        this.mappings = mappings;
        this.server = server;
        this.kept = kept;
        this.report = report;
        this.watch = FileSystems.getDefault().newWatchService();
        // the root too: that is where mappings/ itself is deleted and made again
        mappings.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE);
        registerTree();
        read().ifPresent(files -> files.forEach(f -> f.warnings().forEach(report)));
        this.thread = new Thread(this::run, "mplus-tck-hot-reload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Registers mappings/ and every folder under it; what vanishes meanwhile is skipped. */
    private void registerTree() throws IOException {
        if (!Files.isDirectory(mappings)) {
            return;
        }
        Files.walkFileTree(mappings, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                try {
                    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                } catch (java.nio.file.NoSuchFileException e) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        String stopped = "closed";
        try {
            while (!closed) {
                try {
                    WatchKey key = watch.take();
                    drain(key);
                    WatchKey more;
                    while ((more = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                        drain(more);
                    }
                    registerTree();
                    reload();
                } catch (IOException | RuntimeException e) {
                    if (closed || e instanceof ClosedWatchServiceException) {
                        break;
                    }
                    report.accept("hot reload could not read " + mappings + " (" + e + "); still watching");
                    Thread.sleep(RETRY_MS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            stopped = e.toString(); // said below, in one line: a stack trace on serve's console tells nobody more
        } finally {
            if (!closed) {
                report.accept("hot reload stopped (" + stopped + "): edits to " + mappings
                        + " are ignored until the mock restarts");
            }
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Reloads now; returns how many stubs came from files, or -1 when a file is bad (reported). */
    int reload() {
        Optional<List<StubFile>> files = read();
        if (files.isEmpty()) {
            return -1;
        }
        List<StubMapping> stubs = new ArrayList<>();
        for (StubFile f : files.get()) {
            f.warnings().forEach(report);
            stubs.addAll(f.stubs());
        }
        int fromFiles = stubs.size();
        stubs.addAll(kept.get());
        server.importStubs(new StubImport(stubs, new StubImport.Options(
                StubImport.Options.DuplicatePolicy.OVERWRITE, true)));
        report.accept("reloaded " + fromFiles + " stubs from " + mappings);
        return fromFiles;
    }

    /** Every *.json under mappings/, read; empty (and reported) when one is not a valid stub file. */
    private Optional<List<StubFile>> read() {
        List<StubFile> files;
        try {
            files = StubFile.readAll(mappings);
        } catch (IOException e) {
            report.accept("cannot read " + mappings + ": " + e.getMessage() + "; keeping the previous stubs");
            return Optional.empty();
        }
        if (!Files.isDirectory(mappings)) {
            report.accept(mappings + " is gone; keeping the previous stubs until it is back");
            return Optional.empty();
        }
        Optional<StubFile> bad = files.stream().filter(f -> f.problem().isPresent()).findFirst();
        bad.ifPresent(f -> report.accept(f.describeProblem() + "; keeping the previous stubs"));
        return bad.isPresent() ? Optional.empty() : Optional.of(files);
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException e) {
            report.accept("closing the hot-reload watch: " + e.getMessage());
        }
        thread.interrupt();
    }
}
