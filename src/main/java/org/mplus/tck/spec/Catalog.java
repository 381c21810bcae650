package org.mplus.tck.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The single source of truth: the calls, link formats and rules of schemas/catalog.json, validated against
 * its schema and against the spec text when loaded. Nothing else in the kit lists the calls again.
 */
public record Catalog(
        String specTitle,
        SpecDocument spec,
        List<Vendor> vendors,
        List<Call> calls,
        List<ValueFormat> formats,
        List<Rule> rules,
        List<Ambiguity> ambiguities,
        List<TestHook> hooks) {

    public static final String PATH = "schemas/catalog.json";
    /** The result field that names the vendor. */
    public static final String IM_TYPE = "imType";
    private static final String SCHEMA = "catalog.schema.json";

    public Catalog {
        vendors = List.copyOf(vendors);
        calls = List.copyOf(calls);
        formats = List.copyOf(formats);
        rules = List.copyOf(rules);
        ambiguities = List.copyOf(ambiguities);
        hooks = List.copyOf(hooks);
    }

    private static volatile Catalog standard;

    /** The catalog the kit ships, loaded and checked once. */
    public static Catalog standard() {
        Catalog c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                c = standard;
                if (c == null) {
                    c = load(new SchemaSet());
                    standard = c;
                }
            }
        }
        return c;
    }

    static Catalog load(SchemaSet schemas) {
        return load(schemas, List.of());
    }

    /**
     * The shipped catalog's vendors alone, read without checking the catalog against its schemas and the spec (the
     * kit's tests and every run do): all the mock needs, so that serve starts without loading the schema validator.
     */
    public static List<Vendor> shippedVendors() {
        try {
            return CatalogReader.vendors(new ObjectMapper().readTree(KitResources.read(PATH)));
        } catch (IOException e) {
            throw new CatalogError(PATH + " is not JSON: " + e.getMessage());
        }
    }

    /**
     * The shipped catalog with more vendors, each given as one entry of its "vendors" list (JSON), checked like the
     * rest: how a vendor that is not shipped (a plug-in of a test, of a bridge maker) joins a mock.
     */
    public static Catalog withVendors(List<String> vendorEntries) {
        return load(new SchemaSet(), vendorEntries);
    }

    private static Catalog load(SchemaSet schemas, List<String> vendorEntries) {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(KitResources.read(PATH));
        } catch (IOException e) {
            throw new CatalogError(PATH + " is not JSON: " + e.getMessage());
        }
        for (String entry : vendorEntries) {
            try {
                ((ArrayNode) root.path("vendors")).add(mapper.readTree(entry));
            } catch (IOException e) {
                throw new CatalogError("a vendor entry is not JSON: " + e.getMessage());
            }
        }
        List<String> problems = schemas.validate(SCHEMA, root);
        if (!problems.isEmpty()) {
            throw new CatalogError(PATH + " does not match " + SCHEMA + ":\n  " + String.join("\n  ", problems));
        }
        Catalog catalog = CatalogReader.read(root);
        List<String> inconsistencies = catalog.inconsistencies(schemas);
        if (!inconsistencies.isEmpty()) {
            throw new CatalogError(PATH + " is inconsistent:\n  " + String.join("\n  ", inconsistencies));
        }
        return catalog;
    }

    public Optional<Call> call(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<ValueFormat> format(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<Ambiguity> ambiguity(String id) {
        return ambiguities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<TestHook> hook(String name) {
        return hooks.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    public Optional<Vendor> vendor(int imType) {
        return vendors.stream().filter(v -> v.imType() == imType).findFirst();
    }

    public Optional<Vendor> vendorByCode(String code) {
        return vendors.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** Every vendor's imType, in the catalog's order. */
    public List<Integer> imTypes() {
        return vendors.stream().map(Vendor::imType).toList();
    }

    /**
     * The schema of a call's success result, with what names a vendor (getImType's imType) derived from the vendor
     * list: its values are the catalog's imTypes, its description names each vendor.
     */
    public JsonNode successSchema(Call call, SchemaSet schemas) {
        JsonNode schema = schemas.document(call.schemas().success());
        JsonNode imType = schema.path("properties").path(IM_TYPE);
        if (imType instanceof ObjectNode property) {
            ArrayNode values = property.putArray("enum");
            imTypes().forEach(values::add);
            property.put("description", String.join("；", vendors.stream()
                    .map(v -> v.imType() + "：" + v.name()).toList()));
        }
        return schema;
    }

    /** The rules that judge a call: its own and those for every call. */
    public List<Rule> rulesForCall(String callName) {
        return rules.stream()
                .filter(r -> r.appliesTo().contains(callName) || r.appliesTo().contains(Rule.EVERY_CALL))
                .toList();
    }

    public List<Rule> rulesForFormat(String formatName) {
        return rules.stream().filter(r -> r.appliesTo().contains(formatName)).toList();
    }

    /** Everything in the catalog that contradicts itself, its schemas or the spec text. */
    List<String> inconsistencies(SchemaSet schemas) {
        List<String> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> imTypes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Vendor v : vendors) {
            if (!imTypes.add(v.imType())) {
                out.add("vendor " + v.code() + " reuses imType " + v.imType());
            }
            if (!codes.add(v.code())) {
                out.add("vendor code " + v.code() + " is listed twice");
            }
        }
        for (Call call : calls) {
            if (!names.add(call.name())) {
                out.add("call " + call.name() + " is listed twice");
            }
            checkLine(out, "call " + call.name() + " heading", call.line(), call.heading());
            call.vendors().stream().filter(t -> !imTypes.contains(t))
                    .forEach(t -> out.add("call " + call.name() + " names unknown vendor imType " + t));
            for (CallOption o : call.options()) {
                checkLine(out, call.name() + "." + o.name() + " description", o.line(), o.description());
                o.format().filter(f -> format(f).isEmpty())
                        .ifPresent(f -> out.add(call.name() + "." + o.name() + " names unknown format " + f));
            }
            out.addAll(optionsAgreeWithSchema(call, schemas));
        }
        for (ValueFormat f : formats) {
            if (!names.add(f.name())) {
                out.add("format " + f.name() + " reuses a name");
            }
            checkLine(out, "format " + f.name() + " heading", f.line(), f.heading());
        }
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                out.add("rule " + r.id() + " is listed twice");
            }
            r.appliesTo().stream().filter(n -> !n.equals(Rule.EVERY_CALL) && !names.contains(n))
                    .forEach(n -> out.add("rule " + r.id() + " applies to unknown call or format " + n));
            if (r.source() instanceof RuleSource.SpecQuote q) {
                checkLine(out, "rule " + r.id() + " quote", q.line(), q.quote());
            }
            if (r.level() == Level.MUST && !r.source().bindsAsMust()) {
                out.add("rule " + r.id() + " is MUST but rests on " + r.source().basis() + ", neither on a quote of the "
                        + "doc nor on a message lost or faked: make it SHOULD, or give the quote or the message at stake");
            }
            if (r.source() instanceof RuleSource.KitReading k && ambiguity(k.ambiguity()).isEmpty()) {
                out.add("rule " + r.id() + " rests on the reading of ambiguity " + k.ambiguity()
                        + ", which the catalog does not list");
            }
        }
        Set<String> ambiguityIds = new HashSet<>();
        ambiguities.stream().filter(a -> !ambiguityIds.add(a.id()))
                .forEach(a -> out.add("ambiguity " + a.id() + " is listed twice"));
        for (TestHook h : hooks) {
            h.calls().stream().filter(c -> call(c).isEmpty())
                    .forEach(c -> out.add("hook " + h.name() + " names unknown call " + c));
        }
        return out;
    }

    private void checkLine(List<String> out, String what, int line, String quote) {
        if (!spec.says(line, quote)) {
            out.add(what + " quotes 「" + quote + "」 at spec line " + line + ", which reads 「" + spec.text(line) + "」");
        }
    }

    private static List<String> optionsAgreeWithSchema(Call call, SchemaSet schemas) {
        JsonNode schema = schemas.document(call.schemas().options());
        Set<String> inSchema = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(inSchema::add);
        inSchema.removeAll(Set.of("success", "fail"));
        Set<String> inCatalog = new TreeSet<>();
        call.options().forEach(o -> inCatalog.add(o.name()));
        Set<String> requiredInSchema = new TreeSet<>();
        schema.path("required").forEach(n -> requiredInSchema.add(n.asText()));
        Set<String> requiredInCatalog = new TreeSet<>();
        call.options().stream().filter(CallOption::required).forEach(o -> requiredInCatalog.add(o.name()));
        List<String> out = new ArrayList<>();
        if (!inSchema.equals(inCatalog)) {
            out.add(call.name() + ": catalog options " + inCatalog + " but " + call.schemas().options()
                    + " has " + inSchema);
        }
        if (!requiredInSchema.equals(requiredInCatalog)) {
            out.add(call.name() + ": catalog requires " + requiredInCatalog + " but " + call.schemas().options()
                    + " requires " + requiredInSchema);
        }
        return out;
    }
}
