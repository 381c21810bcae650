package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.VendorRoutes;

/**
 * A Grid that drops the engine's session (here: the Grid goes away) is a harness error that says so when the next
 * page opens, never a page the bridge is blamed for.
 */
@ChromiumInstalled
class GridSessionDropTest {

    @Test
    void aDroppedSessionIsAHarnessErrorNamingTheGrid() {
        StandaloneGrid grid = new StandaloneGrid(1);
        SeleniumGrid on = SeleniumGrid.at(grid.url().toString(), Optional.empty());
        try (ChromiumEngine engine = ChromiumEngine.onGrid(on)) {
            grid.close();

            HarnessError e = assertThrows(HarnessError.class, () -> engine.open(URI.create("about:blank"),
                    VendorRoutes.to(URI.create("http://127.0.0.1:1"), List.of()), false, Duration.ofSeconds(1)));
            assertTrue(e.getMessage().startsWith("the Selenium Grid at " + on.url() + " dropped the Chrome session "),
                    e.getMessage());
        } finally {
            grid.close();
        }
    }
}
