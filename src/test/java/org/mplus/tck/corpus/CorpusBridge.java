package org.mplus.tck.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bridge of the test corpus: an overlay that breaks the reference bridge in one known way, and says so in its
 * header:
 *
 * <pre>
 * breaks: SEND-CHAT-01         the rule its fault is about
 * also: DELIVERY-01, INPUT-01  the other rules it breaks (the same fault seen from other scenarios)
 * also on imType 1: SEND-MSG-01  the rules it breaks besides in a run on that IM alone (real-host variants)
 * under load also: SHARE-01    rules it breaks only when the machine is slow (a bridge whose fault is a race)
 * tags: @rule:SEND-CHAT-01     optional: judge only these scenarios (hostile bridges, slow faults)
 * verdicts: FAIL, TIMEOUT      hostile bridges: the verdicts the kit may give them
 * ignores: mplusTckUser        test hooks it never reads: the scenarios that need them are NOT-PLAYABLE
 * </pre>
 *
 * A run must catch the bridge on exactly the rules of its breaks, also and also-on lines (and may on its under-load
 * ones): a rule it stops being caught on, or a rule it starts breaking, is a change the header has to say.
 */
record CorpusBridge(String name, Path overlay, Set<String> breaks, Set<String> also, Map<Integer, Set<String>> alsoOn,
        Set<String> underLoad, Optional<String> tags, Set<String> verdicts, Set<String> ignores) {

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
        Map<Integer, Set<String>> alsoOn = new TreeMap<>();
        Matcher on = Pattern.compile("^\\s*\\*?\\s*also on imType (\\d+):\\s*(.+)$", Pattern.MULTILINE).matcher(text);
        while (on.find()) {
            alsoOn.put(Integer.parseInt(on.group(1)), ids(on.group(2).trim()));
        }
        return new CorpusBridge(overlay.getFileName().toString().replace(".js", ""), overlay,
                ids(header(text, "breaks")), ids(header(text, "also")), Map.copyOf(alsoOn),
                ids(header(text, "under load also")), Optional.ofNullable(header(text, "tags")),
                ids(header(text, "verdicts")), ids(header(text, "ignores")));
    }

    /** Exactly the rules a run on these IMs catches the bridge on. */
    Set<String> caughtOn(Collection<Integer> imTypes) {
        Set<String> rules = new TreeSet<>(breaks);
        rules.addAll(also);
        imTypes.forEach(t -> rules.addAll(alsoOn.getOrDefault(t, Set.of())));
        return rules;
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
