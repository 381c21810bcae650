package org.mplus.tck.report;

import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Tells the rows of a Scenario Outline apart: Cucumber names each row's scenario after the outline, so rows
 * whose values do not all appear in that name would share it (and CI servers would mix up their histories).
 * Such a row's name gets the values its name leaves out: "… names a network image [url: https://a/b.png;
 * host: a]". The values, not the row's number or line, so that the name stays when other rows come and go.
 */
final class OutlineRows {

    /** What to add to the name of the scenario at a feature's line, when that line is an outline's row. */
    private final Map<String, String> suffixes = new ConcurrentHashMap<>();

    void read(GherkinDocument document) {
        String uri = document.getUri().orElse("");
        document.getFeature().ifPresent(feature -> feature.getChildren().stream().flatMap(OutlineRows::scenarios)
                .forEach(scenario -> scenario.getExamples().forEach(examples -> read(uri, scenario, examples))));
    }

    private static Stream<Scenario> scenarios(FeatureChild child) {
        return Stream.concat(child.getScenario().stream(), child.getRule().stream()
                .flatMap(rule -> rule.getChildren().stream()).map(RuleChild::getScenario).flatMap(Optional::stream));
    }

    private void read(String uri, Scenario outline, Examples examples) {
        List<String> columns = examples.getTableHeader().map(OutlineRows::values).orElse(List.of());
        for (TableRow row : examples.getTableBody()) {
            List<String> values = values(row);
            List<String> left = new ArrayList<>();
            for (int i = 0; i < columns.size() && i < values.size(); i++) {
                if (!outline.getName().contains("<" + columns.get(i) + ">")) {
                    String value = values.get(i);
                    left.add(columns.get(i) + ": " + (value.isEmpty() ? "\"\"" : value));
                }
            }
            if (!left.isEmpty()) {
                suffixes.put(key(uri, row.getLocation().getLine()), " [" + String.join("; ", left) + "]");
            }
        }
    }

    private static List<String> values(TableRow row) {
        return row.getCells().stream().map(TableCell::getValue).toList();
    }

    private static String key(String uri, long line) {
        return uri + ":" + line;
    }

    /** The scenario's name as Cucumber gives it, with the values that tell its row apart. */
    String name(String uri, long line, String cucumberName) {
        return cucumberName + suffixes.getOrDefault(key(uri, line), "");
    }
}
