package org.mplus.tck.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;
import org.mplus.tck.spec.NamingTag;

/** Opens and closes each scenario. */
public final class Hooks {

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before
    public void begin(Scenario scenario) {
        context.begin(NamingTag.RULE.names(scenario.getSourceTagNames()),
                NamingTag.HOOK.names(scenario.getSourceTagNames()),
                List.copyOf(scenario.getSourceTagNames()));
    }

    @After
    public void end() {
        context.end();
    }
}
