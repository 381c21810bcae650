package org.mplus.tck.harness.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mplus.tck.cli.Main;
import org.mplus.tck.harness.HarnessError;

/** Without Chromium or its driver, --engine chromium stops before the run and says how to install them. */
class ChromiumMissingTest {

    @Test
    void namesWhatIsMissingAndTheAptGetLine() {
        HarnessError e = assertThrows(HarnessError.class, () -> ChromiumEngine.requireInstalled(
                Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver")));
        assertTrue(e.getMessage().contains("[/nonexistent/chromium, /nonexistent/chromedriver] are missing"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("apt-get install -y chromium chromium-driver chromium-headless-shell"),
                e.getMessage());
    }

    @Test
    void runExitsTwoWithTheInstallLine() {
        String before = System.getProperty(ChromiumEngine.DRIVER_PROPERTY);
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty(ChromiumEngine.DRIVER_PROPERTY, "/nonexistent/chromedriver");
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(Main.USAGE, Main.execute("run", "--engine", "chromium", "--report-dir",
                    System.getProperty("java.io.tmpdir") + "/mplus-tck-missing-chromium"));
        } finally {
            System.setErr(err);
            System.setOut(out);
            if (before == null) {
                System.clearProperty(ChromiumEngine.DRIVER_PROPERTY);
            } else {
                System.setProperty(ChromiumEngine.DRIVER_PROPERTY, before);
            }
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("/nonexistent/chromedriver") && said.contains("apt-get install -y chromium "
                + "chromium-driver"), said);
    }
}
