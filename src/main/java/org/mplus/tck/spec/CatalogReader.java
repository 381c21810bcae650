package org.mplus.tck.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Turns the catalog JSON, already validated against its schema, into records. */
final class CatalogReader {

    private CatalogReader() {
    }

    static Catalog read(JsonNode root) {
        String document = root.path("spec").path("document").asText();
        List<Vendor> vendors = vendors(root);
        List<Integer> everyVendor = vendors.stream().map(Vendor::imType).toList();
        return new Catalog(
                root.path("spec").path("title").asText(),
                SpecDocument.load("schemas/" + document),
                vendors,
                list(root.path("calls"), n -> call(n, everyVendor)),
                list(root.path("formats"), CatalogReader::format),
                list(root.path("rules"), CatalogReader::rule),
                list(root.path("ambiguities"), CatalogReader::ambiguity),
                list(root.path("hooks"), CatalogReader::hook));
    }

    static List<Vendor> vendors(JsonNode root) {
        return list(root.path("vendors"), CatalogReader::vendor);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    private static Vendor vendor(JsonNode n) {
        return new Vendor(n.path("imType").asInt(), n.path("code").asText(), n.path("name").asText(),
                n.path("english").asText(), list(n.path("hosts"), h -> java.net.URI.create(h.asText())),
                new MessageLimit(n.path("messageLimit").path("max").asInt(),
                        MessageLimit.Unit.of(n.path("messageLimit").path("unit").asText())));
    }

    /** A call without a vendor list is offered by every vendor of the catalog, a vendor added to it included. */
    private static Call call(JsonNode n, List<Integer> everyVendor) {
        JsonNode s = n.path("schemas");
        return new Call(
                n.path("name").asText(),
                CallKind.of(n.path("kind").asText()),
                n.path("heading").asText(),
                n.path("line").asInt(),
                n.path("summary").asText(),
                n.has("vendors") ? list(n.path("vendors"), JsonNode::asInt) : everyVendor,
                text(n, "since").map(ClientVersion::parse),
                list(n.path("options"), CatalogReader::option),
                new CallSchemas(s.path("options").asText(), s.path("success").asText(), s.path("fail").asText()));
    }

    private static CallOption option(JsonNode n) {
        return new CallOption(
                n.path("name").asText(),
                n.path("description").asText(),
                n.path("line").asInt(),
                n.path("required").asBoolean(),
                text(n, "account").map(AccountKind::of),
                text(n, "format"));
    }

    private static ValueFormat format(JsonNode n) {
        return new ValueFormat(n.path("name").asText(), n.path("heading").asText(), n.path("line").asInt(),
                n.path("summary").asText(), n.path("schema").asText());
    }

    private static Ambiguity ambiguity(JsonNode n) {
        return new Ambiguity(n.path("id").asText(), n.path("question").asText(), n.path("reading").asText(), n.path("checked").asText(),
                list(n.path("lines"), JsonNode::asInt));
    }

    private static TestHook hook(JsonNode n) {
        return new TestHook(n.path("name").asText(), n.path("plays").asText(), list(n.path("calls"), JsonNode::asText),
                list(n.path("fields"), f -> new TestHook.Field(f.path("name").asText(), f.path("type").asText(),
                        f.path("description").asText())),
                n.path("contract").asText());
    }

    private static RuleSource source(JsonNode s) {
        if (s.has("policy")) {
            return new RuleSource.KitPolicy(s.path("policy").asText());
        }
        if (s.has("stake")) {
            return new RuleSource.MessageAtStake(
                    RuleSource.MessageAtStake.Stake.valueOf(s.path("stake").asText().toUpperCase(Locale.ROOT)),
                    s.path("why").asText());
        }
        if (s.has("reading")) {
            return new RuleSource.KitReading(s.path("reading").asText(), s.path("why").asText());
        }
        return new RuleSource.SpecQuote(s.path("line").asInt(), s.path("quote").asText(), text(s, "note"));
    }

    private static Rule rule(JsonNode n) {
        RuleSource source = source(n.path("source"));
        return new Rule(n.path("id").asText(), Level.valueOf(n.path("level").asText()),
                list(n.path("appliesTo"), JsonNode::asText), n.path("text").asText(), source);
    }
}
