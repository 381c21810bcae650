package org.mplus.tck.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bridge of the test corpus: an overlay that breaks the reference bridge in one known way, and says so in its
 * header:
 *
 * <pre>
 * breaks: SEND-CHAT-01         the rule the suite must catch
 * also: DELIVERY-01, INPUT-01  rules it may also break (the same fault seen from other scenarios)
 * tags: @rule:SEND-CHAT-01     optional: judge only these scenarios (hostile bridges, slow faults)
 * verdicts: FAIL, TIMEOUT      hostile bridges: the verdicts the kit may give them
 * ignores: mplusTckUser        test hooks it never reads: the scenarios that need them are NOT-PLAYABLE
 * </pre>
 */
record CorpusBridge(String name, Path overlay, Set<String> breaks, Set<String> also, Optional<String> tags,
        Set<String> verdicts, Set<String> ignores) {

    private static final Path REFERENCE = Path.of("mock-server/__files/mplus.js");
    private static final Path LIBRARY = Path.of("src/test/resources/bridges/corpus-lib.js");

    /** One bridge of a corpus directory, by name. */
    static CorpusBridge named(Path dir, String name) {
        return read(dir.resolve(name + ".js"));
    }

    static List<CorpusBridge> in(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().map(CorpusBridge::read).toList();
        }
    }

    private static CorpusBridge read(Path overlay) {
        String text;
        try {
            text = Files.readString(overlay, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + overlay, e);
        }
        return new CorpusBridge(overlay.getFileName().toString().replace(".js", ""), overlay,
                ids(header(text, "breaks")), ids(header(text, "also")), Optional.ofNullable(header(text, "tags")),
                ids(header(text, "verdicts")), ids(header(text, "ignores")));
    }

    private static String header(String text, String key) {
        Matcher m = Pattern.compile("^\\s*\\*?\\s*" + key + ":\\s*(.+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }

    private static Set<String> ids(String list) {
        return list == null ? Set.of() : new TreeSet<>(Arrays.stream(list.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList());
    }

    /** The overlay's own text. */
    String source() throws IOException {
        return Files.readString(overlay, StandardCharsets.UTF_8);
    }

    /** The reference bridge with the overlay after it, as one file the kit can load. */
    Path composed(Path dir) throws IOException {
        Path file = dir.resolve(name + ".js");
        Files.writeString(file, Files.readString(REFERENCE, StandardCharsets.UTF_8) + "\n"
                + Files.readString(LIBRARY, StandardCharsets.UTF_8) + "\n" + source(), StandardCharsets.UTF_8);
        return file;
    }
}
