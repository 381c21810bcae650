package org.mplus.tck.harness;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Hands each scenario's record from the steps to the report plugin, by Cucumber's test case id. */
public final class ScenarioRecords {

    private static final Map<String, ScenarioRecord> BY_ID = new ConcurrentHashMap<>();

    private ScenarioRecords() {
    }

    public static void put(String testCaseId, ScenarioRecord record) {
        BY_ID.put(testCaseId, record);
    }

    /** Takes the record (once): the plugin consumes it when the test case finishes. */
    public static Optional<ScenarioRecord> take(String testCaseId) {
        return Optional.ofNullable(BY_ID.remove(testCaseId));
    }
}
