package org.mplus.tck.harness;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.mplus.tck.harness.chromium.ChromiumEngine;
import org.mplus.tck.harness.chromium.SeleniumGrid;
import org.mplus.tck.harness.htmlunit.HtmlUnitEngine;
import org.mplus.tck.harness.remote.RemoteEngine;

/** The page engines the kit can judge a bridge in. */
public enum EngineKind {
    /** Embedded: nothing to install. */
    HTMLUNIT(HtmlUnitEngine::new, () -> { }),
    /** Debian's chromium and chromium-driver, installed beside the kit. */
    CHROMIUM(ChromiumEngine::new, ChromiumEngine::requireInstalled),
    /** A page in an app on a device, which opens the kit's runner: nothing to install beside the kit. */
    REMOTE(RemoteEngine::unattached, () -> { });

    private final Supplier<Engine> factory;
    private final Runnable installCheck;

    EngineKind(Supplier<Engine> factory, Runnable installCheck) {
        this.factory = factory;
        this.installCheck = installCheck;
    }

    public Engine create() {
        return factory.get();
    }

    /** On a Selenium Grid when one is given: only Chromium's sessions open there. */
    public Engine create(Optional<SeleniumGrid> grid) {
        if (grid.isEmpty()) {
            return create();
        }
        if (this != CHROMIUM) {
            throw new HarnessError("a Selenium Grid opens Chromium sessions: give --engine chromium with --grid");
        }
        return ChromiumEngine.onGrid(grid.get());
    }

    /**
     * Checks, before a run, that the engine is there to start.
     *
     * @throws HarnessError saying what is missing and how to install it
     */
    public void requireInstalled() {
        installCheck.run();
    }

    /** As the command line names it: htmlunit. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
