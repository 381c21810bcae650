package org.mplus.tck.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;

/** Opens and closes each scenario. */
public final class Hooks {

    static final String RULE_TAG = "@rule:";
    static final String HOOK_TAG = "@hook:";

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before
    public void begin(Scenario scenario) {
        context.begin(tagged(scenario, RULE_TAG), tagged(scenario, HOOK_TAG),
                List.copyOf(scenario.getSourceTagNames()));
    }

    /** The names the scenario's tags of one kind carry: @rule:SEND-CHAT-01 → SEND-CHAT-01. */
    private static List<String> tagged(Scenario scenario, String prefix) {
        return scenario.getSourceTagNames().stream()
                .filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length()))
                .toList();
    }

    @After
    public void end() {
        context.end();
    }
}
