package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/** {@code serve}: clear exit 2 on bad input; end to end in its own JVM, it prints URLs and answers a signed push. */
class ServeCommandTest {

    private static String runForError(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Main.USAGE, Main.execute(args));
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        return text;
    }

    @Test
    void aBadRootIsExit2WithAClearMessage() {
        assertTrue(runForError("serve", "--root", "/no/such/dir").contains("is not a directory"));
    }

    @Test
    void aBusyPortIsExit2WithAClearMessage() {
        try (MockServer busy = MockServer.start()) {
            String err = runForError("serve", "--port", Integer.toString(busy.port()));
            assertTrue(err.contains("in use"), err);
        }
    }

    @Test
    void aBadImTypeIsExit2() {
        assertTrue(runForError("serve", "--port", "0", "--im-type", "3").contains("imType must be 0"));
    }

    @Test
    void servePrintsItsUrlsAndAnswersASignedPush(@TempDir Path dir) throws Exception {
        Path errFile = dir.resolve("stderr.txt");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port",
                Integer.toString(port)).redirectError(errFile.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("Ctrl-C to stop.")) {
                lines.add(line);
            }
            String printed = String.join("\n", lines);
            String base = "http://127.0.0.1:" + port;
            for (String url : List.of(base + "/", base + "/mplus.js", base + "/demo/", base + "/im/v1/messages",
                    base + "/2013-12-26/Accounts/aaf98f8952f7367a0153084e29b80d9c/IM/PushMsg")) {
                assertTrue(printed.contains(url), url + " not in:\n" + printed);
            }
            RonglianSignature s = RonglianSignature.sign("aaf98f8952f7367a0153084e29b80d9c",
                    "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "/2013-12-26/Accounts/aaf98f8952f7367a0153084e29b80d9c/IM/PushMsg?sig=" + s.sig()))
                    .header("Authorization", s.authorization())
                    .header("Content-Type", "application/json;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"pushType\":\"1\",\"appId\":"
                            + "\"8aaf07085f5c54cf015f5c8ca1ab0001\",\"sender\":\"zhangsan\",\"receiver\":[\"lisi\"],"
                            + "\"msgType\":\"1\",\"msgContent\":\"你好\"}", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals("000000", new ObjectMapper().readTree(r.body()).path("statusCode").asText(), r.body());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(10, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
        String err = Files.readString(errFile);
        assertEquals("", err, "serve is quiet on stderr (no SLF4J or Jetty noise)");
    }
}
