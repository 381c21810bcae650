package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accounts in the shape of mock-server/fixture.json. Every part is optional, so the same shape adds a
 * few accounts (e.g. the credentials a vendor's own bridge uses) to the demo fixture.
 */
public record Fixture(Optional<String> signedInUser, List<User> users, List<Group> groups,
        List<RonglianAccount> ronglian, List<XianweiApp> xianwei) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Fixture {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        ronglian = List.copyOf(ronglian);
        xianwei = List.copyOf(xianwei);
    }

    /**
     * Reads fixture-shaped JSON.
     *
     * @throws IllegalArgumentException naming the first field that is missing or of the wrong type
     */
    public static Fixture parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("accounts are not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("accounts must be a JSON object shaped like fixture.json");
        }
        return new Fixture(
                root.hasNonNull("signedInUser") ? Optional.of(text(root, "signedInUser", "")) : Optional.empty(),
                list(root.path("users"), "users", n -> new User(text(n, "account", "users[]"),
                        text(n, "name", "users[]"))),
                list(root.path("groups"), "groups", Fixture::group),
                list(root.path("ronglian").path("accounts"), "ronglian.accounts", n -> new RonglianAccount(
                        text(n, "accountSid", "ronglian.accounts[]"), text(n, "authToken", "ronglian.accounts[]"),
                        text(n, "appId", "ronglian.accounts[]"))),
                list(root.path("xianwei").path("apps"), "xianwei.apps", n -> new XianweiApp(
                        text(n, "appKey", "xianwei.apps[]"), text(n, "token", "xianwei.apps[]"))));
    }

    /** This fixture with {@code more} added; an entry with an id already here replaces it. */
    public Fixture plus(Fixture more) {
        return new Fixture(more.signedInUser.or(() -> signedInUser),
                merge(users, more.users, User::account), merge(groups, more.groups, Group::groupId),
                merge(ronglian, more.ronglian, RonglianAccount::accountSid),
                merge(xianwei, more.xianwei, XianweiApp::appKey));
    }

    /** The fixture as JSON, in the shape {@link #parse} reads. */
    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        signedInUser.ifPresent(s -> root.put("signedInUser", s));
        root.set("users", MAPPER.valueToTree(users));
        root.set("groups", MAPPER.valueToTree(groups));
        root.putObject("ronglian").set("accounts", MAPPER.valueToTree(ronglian));
        root.putObject("xianwei").set("apps", MAPPER.valueToTree(xianwei));
        return root;
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
