package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.mock.MockServer;

/**
 * A bridge the kit cannot load is the kit's trouble, found before the first scenario and said in one line: exit 2,
 * never a row of failures charged to the bridge. (Elapsed time is the bench's business; these runs end at the
 * preflight, which the first scenario would otherwise follow.)
 */
class UnloadableBridgeTest {

    @TempDir
    Path temp;

    private record Stopped(int exit, String err, String out) {
    }

    private Stopped run(String bridge, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--threads", "1", "--report-dir",
                temp.resolve("reports").toString(), "--bridge", bridge, "--tags", "@rule:SEND-CHAT-01"));
        args.addAll(List.of(more));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args.toArray(String[]::new));
            return new Stopped(exit, e.toString(StandardCharsets.UTF_8), o.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void harnessError(Stopped r, String why) {
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().startsWith("mplus-tck run: harness error: "), r.err());
        assertTrue(r.err().contains(why), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.out().strip().endsWith(r.err().strip().substring("mplus-tck run: ".length())), r.out());
    }

    @Test
    void aScriptUrlWhereNothingListensWithOrWithoutAVendor() {
        harnessError(run("http://127.0.0.1:1/x.js", "--im-type", "1"), "nothing answers at 127.0.0.1:1");
        harnessError(run("http://127.0.0.1:1/x.js"), "nothing answers at 127.0.0.1:1");
    }

    @Test
    void aPageUrlThatAnswersAnHttpError() {
        try (MockServer server = MockServer.start()) {
            harnessError(run(server.baseUrl() + "/no-such-page.html"), "it answered HTTP 404");
        }
    }

    @Test
    void aUrlThatNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try (Socket held = silent.accept()) {
                    Thread.sleep(60_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            harnessError(run("http://127.0.0.1:" + silent.getLocalPort() + "/bridge.js", "--im-type", "0"),
                    "no answer within 5 s");
            accepting.interrupt();
        }
    }

    @Test
    void aFileThatDefinesNoMplus() throws IOException {
        Path empty = temp.resolve("not-a-bridge.js");
        Files.writeString(empty, "window.mplsu = {}; // a typo\n");
        harnessError(run(empty.toString(), "--im-type", "1"), "defines no window.mplus (typeof window.mplus is undefined");
    }

    @Test
    void aFileThatThrowsWhileLoadingSaysWhatThePageReported() throws IOException {
        Path broken = temp.resolve("throws.js");
        Files.writeString(broken, "throw new Error('config missing');\n");
        harnessError(run(broken.toString()), "config missing");
    }
}
