package org.mplus.tck.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking a bridge for its vendor, when the user did not say: what the bridge lacks is said in the page's terms. */
class BridgePreflightTest {

    @TempDir
    Path dir;

    @Test
    void aBridgeWithoutGetImTypeIsToldInThePagesTermsNotTheKits() throws IOException {
        Path bridge = dir.resolve("no-getimtype.js");
        Files.writeString(bridge, "window.mplus = { sendChatMessage: function (o) {} };", StandardCharsets.UTF_8);
        HarnessError e = assertThrows(HarnessError.class,
                () -> BridgePreflight.run(RunSettings.reference().withBridge(BridgeSource.parse(bridge.toString())),
                        true));
        assertTrue(e.getMessage().contains("mplus.getImType is not defined"), e.getMessage());
        assertTrue(e.getMessage().endsWith("pass --im-type 0 or --im-type 1"), e.getMessage());
        assertFalse(e.getMessage().contains("bridge[name]"), "a kit-internal name: " + e.getMessage());
    }
}
