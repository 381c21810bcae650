package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.InvalidInputException;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubImport;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Hot reload: watches root/mappings/ and, when a file changes, reloads every stub from it in one import,
 * so requests never see an empty stub list. A file that does not parse keeps the previous stubs and is
 * reported by name. Stock WireMock needs a restart for this.
 */
final class MappingWatcher implements AutoCloseable {

    /** Editors write a file in several steps; wait this long for the burst to end. */
    private static final long SETTLE_MS = 150;

    private final Path mappings;
    private final WireMockServer server;
    private final Supplier<Collection<StubMapping>> kept;
    private final Consumer<String> report;
    private final WatchService watch;
    private final Thread thread;

    /**
     * @param kept   stubs that do not come from files (served files) and must survive a reload
     * @param report one line per reload or error, for a person
     */
    MappingWatcher(Path mappings, WireMockServer server, Supplier<Collection<StubMapping>> kept,
            Consumer<String> report) throws IOException {
        this.mappings = mappings;
        this.server = server;
        this.kept = kept;
        this.report = report;
        this.watch = FileSystems.getDefault().newWatchService();
        registerTree();
        this.thread = new Thread(this::run, "mplus-tck-hot-reload");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree() throws IOException {
        try (Stream<Path> dirs = Files.walk(mappings)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                drain(key);
                WatchKey more;
                while ((more = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerTree();
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | UncheckedIOException e) {
            report.accept("hot reload stopped: " + e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Reloads now; returns how many stubs came from files, or -1 when a file is bad (reported). */
    int reload() {
        List<StubMapping> stubs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(mappings)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                try {
                    stubs.addAll(Json.read(Files.readAllBytes(file), StubMappingCollection.class)
                            .getMappingOrMappings());
                } catch (IOException | RuntimeException e) {
                    report.accept("mappings/" + mappings.relativize(file) + " is not a valid stub ("
                            + describe(e).lines().findFirst().orElse("") + "); keeping the previous stubs");
                    return -1;
                }
            }
        } catch (IOException e) {
            report.accept("cannot read " + mappings + ": " + e.getMessage() + "; keeping the previous stubs");
            return -1;
        }
        int fromFiles = stubs.size();
        stubs.addAll(kept.get());
        server.importStubs(new StubImport(stubs, new StubImport.Options(
                StubImport.Options.DuplicatePolicy.OVERWRITE, true)));
        report.accept("reloaded " + fromFiles + " stubs from " + mappings);
        return fromFiles;
    }

    /** What is wrong with a stub file, in a line or two: WireMock's own error title where it has one. */
    static String describe(Exception e) {
        // a JsonException's message is a whole JSON document; its first Error's title is the readable part
        return e instanceof InvalidInputException invalid && invalid.getErrors().first() != null
                ? invalid.getErrors().first().getTitle() : String.valueOf(e.getMessage());
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            report.accept("closing the hot-reload watch: " + e.getMessage());
        }
        thread.interrupt();
    }
}
