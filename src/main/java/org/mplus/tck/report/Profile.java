package org.mplus.tck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.mock.Fixture;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ClosestName;
import org.mplus.tck.spec.ClientVersion;
import org.mplus.tck.spec.Rule;
import org.mplus.tck.spec.SchemaSet;

/**
 * A bridge's profile, owned by its vendor: what the bridge claims (vendors, calls, client version, accounts) and
 * its known gaps. Read from JSON that must match schemas/profile.schema.json and name only what the catalog has.
 *
 * @param file             where it was read from, as the user gave it
 * @param bridgeName       how reports name the bridge
 * @param clientVersion    the host client version the bridge implements (bridge.version)
 * @param imTypes          the vendors it runs on
 * @param calls            the calls it implements
 * @param accounts         extra mock accounts, in fixture.json's shape
 * @param expectedFailures its known gaps
 */
public record Profile(
        Optional<String> file,
        Optional<String> bridgeName,
        Optional<ClientVersion> clientVersion,
        Optional<List<Integer>> imTypes,
        Optional<Set<String>> calls,
        Optional<JsonNode> accounts,
        List<ExpectedFailure> expectedFailures) {

    public static final String SCHEMA = "profile.schema.json";

    /** The shape the schema asks of a date; whether it is one of the calendar's is checked here. */
    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private static final ObjectMapper JSON = new ObjectMapper();

    public Profile {
        expectedFailures = List.copyOf(expectedFailures);
    }

    /** No profile: the bridge claims everything and has no known gaps. */
    public static Profile none() {
        return new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** @throws ProfileError saying, in words, every field that is wrong */
    public static Profile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileError(file, List.of("cannot be read: " + e.getMessage()));
        }
        return parse(file, text);
    }

    static Profile parse(Path file, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProfileError(file, List.of("is not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        // every problem at once, the schema's and the catalog's, so that one edit can fix them all
        List<String> problems = new ArrayList<>(new SchemaSet().problems(SCHEMA, root).stream()
                .map(p -> field(p.where()) + ": " + p.what() + found(root.at(p.where()))).toList());
        problems.addAll(catalogProblems(root, Catalog.standard()));
        if (!problems.isEmpty()) {
            throw new ProfileError(file, problems);
        }
        JsonNode bridge = root.path("bridge");
        return new Profile(
                Optional.of(file.toString()),
                text(bridge, "name"),
                text(bridge, "version").map(ClientVersion::parse),
                root.has("imTypes") ? Optional.of(list(root.get("imTypes")).stream().map(JsonNode::asInt).toList())
                        : Optional.empty(),
                root.has("calls") ? Optional.of(list(root.get("calls")).stream().map(JsonNode::asText)
                        .collect(Collectors.toCollection(LinkedHashSet::new))) : Optional.empty(),
                Optional.ofNullable(root.get("accounts")),
                list(root.path("expectedFailures")).stream().map(e -> new ExpectedFailure(text(e, "rule"),
                        text(e, "scenario"), e.get("reason").asText(), LocalDate.parse(e.get("expires").asText())))
                        .toList());
    }

    /**
     * What the schema cannot know: the names must be the catalog's, the dates real, the accounts well formed. A
     * value of the wrong type is the schema's to report, so it is passed over here.
     */
    private static List<String> catalogProblems(JsonNode root, Catalog catalog) {
        List<String> out = new ArrayList<>();
        String vendors = catalog.vendors().stream().map(v -> v.imType() + " = " + v.name())
                .collect(Collectors.joining(", "));
        list(root.path("imTypes")).stream().filter(t -> t.isInt() && catalog.vendor(t.asInt()).isEmpty())
                .forEach(t -> out.add("imTypes: " + t + " is no vendor's imType (" + vendors + ")"));
        List<String> calls = catalog.calls().stream().map(Call::name).toList();
        list(root.path("calls")).stream().filter(c -> c.isTextual() && catalog.call(c.asText()).isEmpty())
                .forEach(c -> out.add("calls: \"" + c.asText() + "\" is not a call of the spec (" + String.join(", ", calls)
                        + ")" + ClosestName.hint(c.asText(), calls)));
        if (root.path("accounts").isObject()) {
            try {
                Fixture.parse(root.get("accounts").toString());
            } catch (IllegalArgumentException e) {
                out.add("accounts: " + e.getMessage());
            }
        }
        List<String> rules = catalog.rules().stream().map(Rule::id).toList();
        List<JsonNode> expected = list(root.path("expectedFailures"));
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            String where = "expectedFailures[" + i + "]";
            JsonNode rule = e.path("rule");
            if (rule.isTextual() && catalog.rule(rule.asText()).isEmpty()) {
                out.add(where + ".rule: \"" + rule.asText() + "\" is not a rule of the catalog (the rules are listed "
                        + "in docs/rules.md)" + ClosestName.hint(rule.asText(), rules));
            }
            String expires = e.path("expires").asText();
            if (expires.matches(DATE)) {
                try {
                    LocalDate.parse(expires);
                } catch (DateTimeParseException x) {
                    out.add(where + ".expires: \"" + expires + "\" is not a date of the calendar");
                }
            }
        }
        return out;
    }

    /** "/expectedFailures/0/rule" as a reader writes it: expectedFailures[0].rule. */
    private static String field(String pointer) {
        return pointer.isEmpty() ? "(the whole profile)"
                : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    private static String found(JsonNode value) {
        return value.isValueNode() ? " (found " + Clip.line(value.toString()) + ")" : "";
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** The settings with what the profile claims; a vendor given on the command line (--im-type) wins. */
    public RunSettings applyTo(RunSettings s) {
        return new RunSettings(s.bridge(), s.engine(), s.timeout(), s.imTypes().or(() -> imTypes), calls,
                clientVersion, accounts, s.grid());
    }
}
