package org.mplus.tck.harness;

import java.util.Locale;
import java.util.function.Supplier;
import org.mplus.tck.harness.htmlunit.HtmlUnitEngine;

/** The page engines the kit can judge a bridge in. */
public enum EngineKind {
    HTMLUNIT(HtmlUnitEngine::new);

    private final Supplier<Engine> factory;

    EngineKind(Supplier<Engine> factory) {
        this.factory = factory;
    }

    public Engine create() {
        return factory.get();
    }

    /** As the command line names it: htmlunit. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
