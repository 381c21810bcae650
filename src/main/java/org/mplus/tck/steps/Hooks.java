package org.mplus.tck.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;

/** Opens and closes each scenario. */
public final class Hooks {

    static final String RULE_TAG = "@rule:";

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before
    public void begin(Scenario scenario) {
        List<String> rules = scenario.getSourceTagNames().stream()
                .filter(t -> t.startsWith(RULE_TAG))
                .map(t -> t.substring(RULE_TAG.length()))
                .toList();
        context.begin(rules);
    }

    @After
    public void end() {
        context.end();
    }
}
