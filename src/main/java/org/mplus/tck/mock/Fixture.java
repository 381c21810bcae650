package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accounts in the shape of mock-server/fixture.json. Every part is optional, so the same shape adds a
 * few accounts (e.g. the credentials a vendor's own bridge uses) to the demo fixture.
 *
 * @param parts       where each vendor's credentials sit, by vendor code (its plug-in says)
 * @param credentials each vendor's credentials, by vendor code
 */
public record Fixture(Optional<String> signedInUser, List<User> users, List<Group> groups,
        Map<String, CredentialsPart> parts, Map<String, List<Credential>> credentials) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Fixture {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        Map<String, List<Credential>> copy = new LinkedHashMap<>();
        for (String code : parts.keySet()) {
            copy.put(code, List.copyOf(credentials.getOrDefault(code, List.of())));
        }
        credentials = Collections.unmodifiableMap(copy);
    }

    /** Users and groups, no credentials. */
    public static Fixture accounts(List<User> users, List<Group> groups) {
        return new Fixture(Optional.empty(), users, groups, Map.of(), Map.of());
    }

    /** Reads fixture-shaped JSON with the shipped vendors' credentials. */
    public static Fixture parse(String json) {
        return parse(json, MockVendors.shipped().credentials());
    }

    /**
     * Reads fixture-shaped JSON.
     *
     * @param parts each vendor's credentials part, by vendor code
     * @throws IllegalArgumentException naming the first field that is missing or of the wrong type
     */
    public static Fixture parse(String json, Map<String, CredentialsPart> parts) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("accounts are not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("accounts must be a JSON object shaped like fixture.json");
        }
        Map<String, List<Credential>> credentials = new LinkedHashMap<>();
        parts.forEach((code, part) -> {
            String where = code + "." + part.list();
            credentials.put(code, list(root.path(code).path(part.list()), where, n -> credential(n, part, where)));
        });
        return new Fixture(
                root.hasNonNull("signedInUser") ? Optional.of(text(root, "signedInUser", "")) : Optional.empty(),
                list(root.path("users"), "users", n -> new User(text(n, "account", "users[]"),
                        text(n, "name", "users[]"))),
                list(root.path("groups"), "groups", Fixture::group),
                parts, credentials);
    }

    /** The credentials of a vendor, by its code; none for a vendor this fixture does not know. */
    public List<Credential> credentials(String vendorCode) {
        return credentials.getOrDefault(vendorCode, List.of());
    }

    /** This fixture with {@code more} added; an entry with an id already here replaces it. */
    public Fixture plus(Fixture more) {
        Map<String, CredentialsPart> allParts = new LinkedHashMap<>(parts);
        allParts.putAll(more.parts);
        Map<String, List<Credential>> merged = new LinkedHashMap<>();
        allParts.forEach((code, part) -> merged.put(code, merge(credentials(code), more.credentials(code),
                c -> c.get(part.idField()))));
        return new Fixture(more.signedInUser.or(() -> signedInUser),
                merge(users, more.users, User::account), merge(groups, more.groups, Group::groupId),
                allParts, merged);
    }

    /** The fixture as JSON, in the shape {@link #parse} reads. */
    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        signedInUser.ifPresent(s -> root.put("signedInUser", s));
        root.set("users", MAPPER.valueToTree(users));
        root.set("groups", MAPPER.valueToTree(groups));
        parts.forEach((code, part) -> root.putObject(code).set(part.list(), MAPPER.valueToTree(credentials(code))));
        return root;
    }

    private static Credential credential(JsonNode n, CredentialsPart part, String where) {
        Map<String, String> fields = new LinkedHashMap<>();
        part.fields().forEach(f -> fields.put(f, text(n, f, where + "[]")));
        return new Credential(fields);
    }

    private static Group group(JsonNode n) {
        JsonNode members = n.path("members");
        if (!members.isArray()) {
            throw new IllegalArgumentException("groups[].members must be an array of accounts");
        }
        List<String> accounts = new ArrayList<>();
        members.forEach(m -> {
            if (!m.isTextual() || m.asText().isEmpty()) {
                throw new IllegalArgumentException("groups[].members must hold non-empty strings");
            }
            accounts.add(m.asText());
        });
        return new Group(text(n, "groupId", "groups[]"), text(n, "name", "groups[]"),
                text(n, "owner", "groups[]"), accounts);
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException(
                    (where.isEmpty() ? "" : where + ".") + field + " must be a non-empty string");
        }
        return v.asText();
    }

    private static <T> List<T> list(JsonNode array, String where, Function<JsonNode, T> item) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!(array instanceof ArrayNode)) {
            throw new IllegalArgumentException(where + " must be an array");
        }
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }

    private static <T> List<T> merge(List<T> base, List<T> more, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        base.forEach(t -> byId.put(id.apply(t), t));
        more.forEach(t -> byId.put(id.apply(t), t));
        return List.copyOf(byId.values());
    }
}
