package org.mplus.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.spec.ClientVersion;

/** Profiles: what a bridge claims maps onto the run's settings; a bad one is explained field by field. */
class ProfileTest {

    private static final Path FILE = Path.of("vendor-profile.json");

    private static Profile parse(String json) {
        return Profile.parse(FILE, json);
    }

    private static String problems(String json) {
        return assertThrows(ProfileError.class, () -> parse(json)).getMessage();
    }

    @Test
    void aFullProfileMapsOntoTheRunSettings() {
        Profile p = parse("""
                {"bridge": {"name": "acme-bridge", "version": "5.1.3"}, "imTypes": [1],
                 "calls": ["getImType", "sendChatMessage"],
                 "accounts": {"users": [{"account": "acme", "name": "Acme"}]},
                 "expectedFailures": [
                   {"rule": "CALLBACK-04", "reason": "ACME-12", "expires": "2027-03-31"},
                   {"scenario": "send-chat-message.feature:18", "reason": "ACME-13", "expires": "2027-04-01"}]}
                """);
        RunSettings s = p.applyTo(RunSettings.reference());
        assertEquals(Optional.of("acme-bridge"), p.bridgeName());
        assertEquals(Optional.of(Set.of("getImType", "sendChatMessage")), s.calls());
        assertEquals(Optional.of(ClientVersion.parse("5.1.3")), s.clientVersion());
        assertEquals("acme", s.accounts().orElseThrow().path("users").get(0).path("account").asText());
        assertEquals(List.of(new ExpectedFailure(Optional.of("CALLBACK-04"), Optional.empty(), "ACME-12",
                LocalDate.parse("2027-03-31")), new ExpectedFailure(Optional.empty(),
                        Optional.of("send-chat-message.feature:18"), "ACME-13", LocalDate.parse("2027-04-01"))),
                p.expectedFailures());
    }

    @Test
    void theCommandLinesVendorWinsOverTheProfiles() {
        Profile p = parse("{\"imTypes\": [0, 1]}");
        RunSettings none = new RunSettings(RunSettings.reference().bridge(), RunSettings.reference().engine(),
                RunSettings.DEFAULT_TIMEOUT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Optional.of(List.of(0, 1)), p.applyTo(none).imTypes());
        assertEquals(Optional.of(List.of(1)), p.applyTo(none.withImTypes(List.of(1))).imTypes());
    }

    @Test
    void schemaProblemsNameTheFieldAndShowWhatWasFound() {
        String message = problems("""
                {"bridge": {"name": "x", "version": "5.2"}, "imTypes": ["1"], "extra": true}
                """);
        assertTrue(message.startsWith("the profile vendor-profile.json has 3 problems: "), message);
        assertTrue(message.contains("bridge.version: does not match the regex pattern"), message);
        assertTrue(message.contains("(found \"5.2\")"), message);
        assertTrue(message.contains("imTypes[0]: string found, integer expected (found \"1\")"), message);
        assertTrue(message.contains("(the whole profile): property 'extra' is not defined"), message);
        assertTrue(!message.contains("\n"), "one line, so that it can be the run's last: " + message);
    }

    @Test
    void anExpectedFailureNamesARuleOrAScenarioWithAReasonAndADate() {
        String message = problems("""
                {"expectedFailures": [{"rule": "CALLBACK-04", "scenario": "x", "reason": "r", "expires": "2027-01-01"},
                                      {"rule": "CALLBACK-04", "expires": "2027-01-01"}]}
                """);
        assertTrue(message.contains("expectedFailures[0]: must be valid to one and only one schema"), message);
        assertTrue(message.contains("expectedFailures[1]: required property 'reason' not found"), message);
    }

    @Test
    void namesAreCheckedAgainstTheCatalogAndDatesAgainstTheCalendar() {
        String message = problems("""
                {"imTypes": [2], "calls": ["sendMesage"],
                 "expectedFailures": [{"rule": "SEND-CHT-01", "reason": "r", "expires": "2027-02-30"}]}
                """);
        assertEquals("the profile vendor-profile.json has 4 problems: "
                + "imTypes: 2 is no vendor's imType (0 = 先维IM, 1 = 容联云); "
                + "calls: \"sendMesage\" is not a call of the spec (getImType, sendMessage, sendChatMessage, "
                + "sendGroupMessage, showMessage, showChatMessage, showGroupMessage, shareIMUI): did you mean "
                + "\"sendMessage\"?; "
                + "expectedFailures[0].rule: \"SEND-CHT-01\" is not a rule of the catalog (the rules are listed in "
                + "docs/rules.md): did you mean \"SEND-CHAT-01\"?; "
                + "expectedFailures[0].expires: \"2027-02-30\" is not a date of the calendar", message);
    }

    @Test
    void aMisspelledKeyIsNamedWithTheOneItIsASlipFor() {
        String message = problems("""
                {"bridge": {"name": "x", "verison": "5.2.0"}, "imType": [1],
                 "expectedFailures": [{"rule": "CALLBACK-04", "reason": "r", "expiers": "2027-01-01"}]}
                """);
        assertTrue(message.startsWith("the profile vendor-profile.json has 4 problems: "), message);
        assertTrue(message.matches(".*bridge: property 'verison' is not defined[^;]*: did you mean \"version\"\\?;.*"),
                message);
        assertTrue(message.matches(".*\\(the whole profile\\): property 'imType' is not defined[^;]*: did you mean "
                + "\"imTypes\"\\?.*"), message);
        assertTrue(message.contains("expectedFailures[0]: required property 'expires' not found"), message);
        assertTrue(message.matches(".*expectedFailures\\[0]: property 'expiers' is not defined[^;]*: did you mean "
                + "\"expires\"\\?;.*"), message);
    }

    @Test
    void aKeyLikeNoneIsNotGivenASuggestion() {
        String message = problems("{\"vendorName\": \"acme\"}");
        assertTrue(message.startsWith("the profile vendor-profile.json: (the whole profile): property 'vendorName' is "
                + "not defined"), message);
        assertFalse(message.contains("did you mean"), message);
    }

    @Test
    void theSchemasProblemsAndTheCatalogsComeTogether() {
        String message = problems("""
                {"imTypes": [2, "x"], "calls": ["sendMesage"], "extra": 1,
                 "expectedFailures": [{"rule": "SEND-CHT-01", "reason": "r"}]}
                """);
        assertTrue(message.startsWith("the profile vendor-profile.json has 6 problems: "), message);
        for (String each : List.of("imTypes[1]: string found, integer expected (found \"x\")",
                "property 'extra' is not defined", "imTypes: 2 is no vendor's imType",
                "calls: \"sendMesage\" is not a call of the spec", "expectedFailures[0]: required property 'expires'",
                "expectedFailures[0].rule: \"SEND-CHT-01\" is not a rule of the catalog")) {
            assertTrue(message.contains(each), each + " in " + message);
        }
    }

    @Test
    void accountsMustBeShapedLikeTheFixture() {
        String message = problems("{\"accounts\": {\"users\": [{\"account\": 7}]}}");
        assertTrue(message.startsWith("the profile vendor-profile.json: accounts: "), message);
        assertTrue(message.contains("users"), message);
    }

    @Test
    void notJsonSaysWhere() {
        assertEquals("the profile vendor-profile.json: is not JSON: Unexpected character ('}' (code 125)): was "
                + "expecting double-quote to start field name (line 1, column 17)", problems("{\"imTypes\": [1],}"));
    }

    @Test
    void theProfileInDocsCiIsValid() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs/ci.md"));
        String json = doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```", doc.indexOf("```json\n") + 8));
        Profile p = parse(json);
        assertEquals(Optional.of(ClientVersion.parse("5.1.0")), p.clientVersion());
        assertEquals(2, p.expectedFailures().size());
    }

    /**
     * An editor finds the profile's schema from its $schema, a path relative to the profile: the profiles here
     * point at schemas/profile.schema.json, and so does the one in docs/ci.md once the kit sits beside it in
     * mplus-tck/ (as its CI jobs lay it out). The schema needs no other file, so an editor given it alone knows
     * every field.
     */
    @Test
    void everyProfilesSchemaResolvesFromWhereItIs(@TempDir Path vendorRepo) throws IOException {
        Path schema = Path.of("schemas", Profile.SCHEMA).toRealPath();
        Map<String, Path> profiles = new TreeMap<>(); // text → the folder it is read from
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/profiles"))) {
            for (Path f : files.toList()) {
                profiles.put(Files.readString(f), f.getParent());
            }
        }
        String doc = Files.readString(Path.of("docs/ci.md"));
        String example = doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```", doc.indexOf("```json\n") + 8));
        Files.createSymbolicLink(vendorRepo.resolve("mplus-tck"), Path.of("").toAbsolutePath());
        profiles.put(example, vendorRepo);
        int named = 0;
        for (Map.Entry<String, Path> p : profiles.entrySet()) {
            JsonNode ref = new ObjectMapper().readTree(p.getKey()).path("$schema");
            if (!ref.isMissingNode()) {
                assertEquals(schema, p.getValue().resolve(ref.asText()).toRealPath(), p.getValue() + ": " + ref);
                named++;
            }
        }
        assertTrue(named >= 2, named + " profiles name their schema");
        List<String> refs = new ArrayList<>();
        new ObjectMapper().readTree(schema.toFile()).findValues("$ref").forEach(r -> refs.add(r.asText()));
        assertFalse(refs.isEmpty());
        assertTrue(refs.stream().allMatch(r -> r.startsWith("#")), "only refs within the file: " + refs);
    }

    @Test
    void aMissingFileIsAProfileError() {
        String message = assertThrows(ProfileError.class, () -> Profile.read(Path.of("no/such/profile.json")))
                .getMessage();
        assertTrue(message.startsWith("the profile no/such/profile.json: cannot be read: "), message);
    }
}
