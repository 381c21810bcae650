package org.mplus.tck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A whole JVM frozen (as a loaded machine, a GC pause or another process does to it) does not eat a call's timeout:
 * the stall is measured, and the deadline moves by it. The probe JVM is frozen with SIGSTOP while it watches a call.
 */
class StallMeterTest {

    private static final long TIMEOUT_MS = 3000;
    private static final long FROZEN_MS = 2000;

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

    @Test
    void aFrozenJvmKeepsItsCallsWholeTimeout() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "needs kill(1) to freeze the probe");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StallProbe.class.getName(), String.valueOf(TIMEOUT_MS))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("watching", out.readLine());
            signal("STOP", probe.pid());
            Thread.sleep(FROZEN_MS);
            signal("CONT", probe.pid());
            String[] seen = out.readLine().split(" ");
            long elapsed = Long.parseLong(seen[0]);
            long stalled = Long.parseLong(seen[1]);
            assertTrue(stalled >= FROZEN_MS - 200, "measured " + stalled + " ms of a " + FROZEN_MS + " ms freeze");
            assertTrue(elapsed >= TIMEOUT_MS + stalled - 50, "the deadline came after " + elapsed
                    + " ms, though the JVM was frozen " + stalled + " ms of them: the call lost part of its "
                    + TIMEOUT_MS + " ms");
        } finally {
            probe.destroy();
            probe.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
