package org.mplus.tck.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;
import org.mplus.tck.harness.ScenarioRecords;
import org.mplus.tck.harness.Workbenches;

/** Opens and closes each scenario. */
public final class Hooks {

    static final String RULE_TAG = "@rule:";
    static final String HOOK_TAG = "@hook:";

    @Before
    public void begin(Scenario scenario) {
        ScenarioContext.begin(tagged(scenario, RULE_TAG), tagged(scenario, HOOK_TAG));
    }

    /** The names the scenario's tags of one kind carry: @rule:SEND-CHAT-01 → SEND-CHAT-01. */
    private static List<String> tagged(Scenario scenario, String prefix) {
        return scenario.getSourceTagNames().stream()
                .filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length()))
                .toList();
    }

    @After
    public void end(Scenario scenario) {
        ScenarioContext context = ScenarioContext.current();
        ScenarioRecords.put(scenario.getId(), context.record());
        context.end();
    }

    @AfterAll
    public static void closeWorkbenches() {
        Workbenches.closeAll();
    }
}
