package org.mplus.tck.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kit's JSON Schemas (2020-12), loaded from schemas/ on the classpath. Their $id URIs live under
 * {@value #BASE}, which is mapped to the classpath: nothing is ever fetched.
 */
public final class SchemaSet {

    public static final String BASE = "https://mplus-tck.example/schemas/";

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader
                    .schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:schemas/"))));
    private final Map<String, Schema> byPath = new ConcurrentHashMap<>();

    /** The schema document at {@code path} (relative to schemas/), as JSON. */
    public JsonNode document(String path) {
        try {
            return MAPPER.readTree(KitResources.read("schemas/" + path));
        } catch (java.io.IOException e) {
            throw new CatalogError("schemas/" + path + " is not JSON: " + e.getMessage());
        }
    }

    /**
     * One way a value breaks its schema.
     *
     * @param where a JSON pointer into the value ("/calls/0"), empty for the value itself
     * @param what  what is wrong there
     */
    public record Problem(String where, String what) {
        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    /**
     * Validates a JSON value against the schema at {@code path} (relative to schemas/).
     *
     * @return one line per problem, "where: what", empty when valid
     */
    public List<String> validate(String path, JsonNode value) {
        return problems(path, value).stream().map(Problem::toString).toList();
    }

    /** Validates like {@link #validate}, keeping where and what apart (to quote the offending value). */
    public List<Problem> problems(String path, JsonNode value) {
        Schema schema = byPath.computeIfAbsent(path, p -> registry.getSchema(SchemaLocation.of(BASE + p)));
        return schema.validate(value).stream()
                .map(e -> new Problem(e.getInstanceLocation().toString(), e.getMessage() + didYouMean(e, path)))
                .toList();
    }

    /** For a property the schema does not define: the defined one it is most likely a slip for. */
    private String didYouMean(Error e, String schemaPath) {
        if (!"additionalProperties".equals(e.getKeyword()) || e.getProperty() == null) {
            return "";
        }
        String at = e.getEvaluationPath().toString();
        JsonNode defined = document(schemaPath).at(at.substring(0, at.length() - "/additionalProperties".length()))
                .path("properties");
        List<String> names = new java.util.ArrayList<>();
        defined.fieldNames().forEachRemaining(names::add);
        return ClosestName.hint(e.getProperty(), names);
    }
}
