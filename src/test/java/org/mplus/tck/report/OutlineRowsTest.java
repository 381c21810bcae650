package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every scenario of features/ gets a name no other scenario of its feature has, outline rows included. */
class OutlineRowsTest {

    /** Feature file → the names the reports give its scenarios, in file order. */
    private static final Map<String, List<String>> NAMES = new HashMap<>();

    @BeforeAll
    static void nameEveryScenario() throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).build();
        try (Stream<Path> files = Files.list(Path.of("features"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                List<Envelope> envelopes = parser.parse(file).toList();
                OutlineRows rows = new OutlineRows();
                Map<String, Long> lines = new HashMap<>();
                envelopes.forEach(e -> e.getGherkinDocument().ifPresent(d -> {
                    rows.read(d);
                    lines.putAll(linesById(d));
                }));
                List<String> names = new ArrayList<>();
                for (Pickle p : envelopes.stream().flatMap(e -> e.getPickle().stream()).toList()) {
                    // as Cucumber locates a pickle: an outline's row, else its scenario
                    long line = lines.get(p.getAstNodeIds().get(p.getAstNodeIds().size() - 1));
                    names.add(rows.name(p.getUri(), line, p.getName()));
                }
                NAMES.put(file.getFileName().toString(), names);
            }
        }
    }

    private static Map<String, Long> linesById(GherkinDocument d) {
        Map<String, Long> lines = new HashMap<>();
        for (Scenario s : d.getFeature().orElseThrow().getChildren().stream()
                .flatMap(c -> c.getScenario().stream()).toList()) {
            lines.put(s.getId(), s.getLocation().getLine());
            s.getExamples().forEach(x -> x.getTableBody().forEach((TableRow r) -> lines.put(r.getId(),
                    r.getLocation().getLine())));
        }
        return lines;
    }

    @Test
    void noTwoScenariosOfAFeatureShareAName() {
        assertEquals(14, NAMES.size(), NAMES.keySet().toString());
        NAMES.forEach((file, names) -> {
            Map<String, Long> twice = names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()))
                    .entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(Map.of(), twice, file);
        });
    }

    @Test
    void aRowGetsTheValuesItsNameLeavesOut() {
        assertTrue(NAMES.get("send-chat-message.feature").contains("sendChatMessage delivers one one-to-one "
                + "message to the user, unchanged [message: 你好，李四 👋]"), NAMES.get("send-chat-message.feature")
                .toString());
        assertTrue(NAMES.get("link-format.feature").contains("A native app's link carries one app id for each OS, and "
                + "each client opens its own [link: mplus://2:com.acme.android##com.acme.ios/param?type=xxx; android: "
                + "com.acme.android; ios: com.acme.ios]"), NAMES.get("link-format.feature").toString());
        assertTrue(NAMES.get("link-format.feature").stream().anyMatch(n -> n.endsWith("app url: \"\"; opens: "
                + "https://apps.example.com:8443/]")), "an empty value shows as \"\"");
    }

    @Test
    void aScenarioThatIsNoOutlineRowKeepsItsName() {
        assertTrue(NAMES.get("get-im-type.feature").stream().noneMatch(n -> n.contains("[")),
                NAMES.get("get-im-type.feature").toString());
    }
}
