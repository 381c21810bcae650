package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.proxy.KitCertificateAuthority;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/** {@code serve}: clear exit 2 on bad input; end to end in its own JVM, it prints URLs and answers a signed push. */
class ServeCommandTest {

    /**
     * How long serve's JVM may take to exit: what the tests prove is that it exits, and a JVM's start and stop take
     * over 10 s when other builds keep both cores busy. Long enough for that, short of waiting on a hang for ever.
     */
    static final long EXIT_SECONDS = 120;

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

    /** A serve process, its printed lines up to "Ctrl-C to stop.", the rest of its output, and its base URL. */
    private record Serve(Process process, String printed, BufferedReader rest, String base) {

        /**
         * Starts serve in its own JVM in {@code workDir}, with {@code firstOnClasspath} ahead of the test's
         * classpath (a jar there holds the bundled root the way the shipped jar does).
         */
        static Serve start(Path workDir, Path errFile, List<Path> firstOnClasspath, String... args) throws IOException {
            return start(workDir, errFile, firstOnClasspath, List.of(), Map.of(), args);
        }

        /** As above, with JVM options and environment variables of its own. */
        static Serve start(Path workDir, Path errFile, List<Path> firstOnClasspath, List<String> jvmOptions,
                Map<String, String> env, String... args) throws IOException {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> classpath = new ArrayList<>(firstOnClasspath.stream().map(Path::toString).toList());
            classpath.add(System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classpath), Main.class.getName(),
                    "serve", "--port", Integer.toString(port)));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectError(errFile.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("Ctrl-C to stop.")) {
                lines.add(line);
            }
            return new Serve(process, String.join("\n", lines), out, "http://127.0.0.1:" + port);
        }

        /** Sends SIGTERM, as Ctrl-C or a container's stop does: serve stops and says so. */
        void stop() throws InterruptedException, IOException {
            process.toHandle().destroy(); // Process.destroy would close the output it has still to print
            assertTrue(process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            List<String> after = rest.lines().toList();
            assertTrue(after.contains("stopped."), "serve did not say it stopped; it printed after its URLs: " + after);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servePrintsItsUrlsAndAnswersASignedPush(@TempDir Path dir) throws Exception {
        Path errFile = dir.resolve("stderr.txt");
        Serve serve = Serve.start(Path.of("").toAbsolutePath(), errFile, List.of());
        try {
            String base = serve.base();
            for (String url : List.of(base + "/", base + "/mplus.js", base + "/demo/", base + "/im/v1/messages",
                    base + "/2013-12-26/Accounts/aaf98f8952f7367a0153084e29b80d9c/IM/PushMsg")) {
                assertTrue(serve.printed().contains(url), url + " not in:\n" + serve.printed());
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
            serve.stop();
        }
        String err = Files.readString(errFile);
        assertEquals("", err, "serve is quiet on stderr (no SLF4J or Jetty noise)");
    }

    @Test
    void serveAnswersTheConsoleAndTheDemoFromAnyFolder(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Serve serve = Serve.start(elsewhere, dir.resolve("stderr.txt"), List.of(bundledRootAsJar(dir)));
        try {
            Map<String, String> expected = Map.of("/", "mplus-tck 控制台 Console", "/demo/", "<html",
                    "/mplus.js", "window.mplus", "/mplus.d.ts", "sendChatMessage");
            for (Map.Entry<String, String> page : expected.entrySet()) {
                HttpResponse<String> r = get(serve.base() + page.getKey());
                assertEquals(200, r.statusCode(), page.getKey());
                assertTrue(r.body().contains(page.getValue()), page.getKey() + ": " + r.body());
            }
        } finally {
            serve.stop();
        }
    }

    @Test
    void theAdminApisShutdownEndsTheProcess(@TempDir Path dir) throws Exception {
        Serve serve = Serve.start(dir, dir.resolve("stderr.txt"), List.of());
        try {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serve.base() + "/__admin/shutdown"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // WireMock may close the connection as it stops, before its answer is out: the stop is what counts
            }
            assertTrue(serve.process().waitFor(EXIT_SECONDS, TimeUnit.SECONDS),
                    "serve still runs " + EXIT_SECONDS + " s after the shutdown");
            assertEquals(Main.OK, serve.process().exitValue());
        } finally {
            serve.process().destroyForcibly();
        }
    }

    @Test
    void onTheNetworkServePrintsTheConsoleWithItsToken(@TempDir Path dir) throws Exception {
        Serve serve = Serve.start(dir, dir.resolve("stderr.txt"), List.of(), "--bind", "0.0.0.0");
        try {
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("admin token +([0-9a-f]{32})")
                    .matcher(serve.printed());
            assertTrue(token.find(), serve.printed());
            assertTrue(serve.printed().contains("console           " + serve.base() + "/?token=" + token.group(1)),
                    serve.printed());
        } finally {
            serve.stop();
        }
    }

    @Test
    void withProxyServePrintsTheProxyAndServesTheCaItMadeInTheSettingsFolder(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("settings");
        Serve serve = Serve.start(dir, dir.resolve("stderr.txt"), List.of(),
                List.of("--add-exports", "java.base/sun.security.x509=ALL-UNNAMED"),
                Map.of(KitCertificateAuthority.HOME_VARIABLE, home.toString()), "--proxy");
        try {
            KitCertificateAuthority ca = KitCertificateAuthority.at(home.resolve(KitCertificateAuthority.FILE_NAME));
            String hostPort = serve.base().substring("http://".length());
            for (String line : List.of("vendor proxy      " + hostPort + "  (the app's or browser's HTTP(S) proxy: "
                    + "api.xianwei-im.example, app.cloopen.com:8883, sandboxapp.cloopen.com:8883,"
                    + " imapp.yuntongxun.com:8883 are answered here",
                    "kit CA            " + serve.base() + "/__tck/ca.pem  (install it on the test device; kept in "
                    + home.resolve("ca.jks"),
                    "Chromium          --proxy-server=" + serve.base() + " --ignore-certificate-errors-spki-list="
                    + ca.spkiSha256())) {
                assertTrue(serve.printed().contains(line), line + "\n not in:\n" + serve.printed());
            }
            assertEquals(ca.pem(), get(serve.base() + "/__tck/ca.pem").body());
        } finally {
            serve.stop();
        }
        assertEquals("", Files.readString(dir.resolve("stderr.txt")), "serve --proxy is quiet on stderr");
    }

    @Test
    void withProxyInAJvmThatCannotMakeCertificatesServeSaysWhatToDo(@TempDir Path dir) throws Exception {
        Path errFile = dir.resolve("stderr.txt");
        Serve serve = Serve.start(dir, errFile, List.of(), List.of(),
                Map.of(KitCertificateAuthority.HOME_VARIABLE, dir.resolve("settings").toString()), "--proxy");
        assertTrue(serve.process().waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "serve --proxy did not stop");
        assertEquals(Main.USAGE, serve.process().exitValue());
        String err = Files.readString(errFile);
        assertTrue(err.startsWith("serve: the vendor proxy makes certificates with the JDK's X.509 classes")
                && err.contains("--add-exports java.base/sun.security.x509=ALL-UNNAMED"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("settings").resolve("ca.jks")), "no CA made");
    }

    @Test
    void anAdminTokenFromTheEnvironmentGuardsTheAdminApiAndStaysOutOfTheLog(@TempDir Path dir) throws Exception {
        String token = "team-mock-7c1d4e";
        Serve serve = Serve.start(dir, dir.resolve("stderr.txt"), List.of(), List.of(),
                Map.of(ServeCommand.ADMIN_TOKEN_ENV, token), "--bind", "0.0.0.0");
        try {
            assertFalse(serve.printed().contains(token), "the operator's secret is not printed:\n" + serve.printed());
            assertTrue(serve.printed().contains("admin token       from " + ServeCommand.ADMIN_TOKEN_ENV),
                    serve.printed());
            String admin = serve.base() + "/__admin/tck/im-type";
            assertEquals(401, get(admin).statusCode());
            HttpResponse<String> withToken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(admin))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withToken.statusCode(), withToken.body());
            assertEquals(200, get(serve.base() + "/__tck/health").statusCode(), "probes need no token");
        } finally {
            serve.stop();
        }
    }

    @Test
    void anAdminTokenWithASpaceIsExit2WithOneLine(@TempDir Path dir) throws Exception {
        Path errFile = dir.resolve("stderr.txt");
        Serve serve = Serve.start(dir, errFile, List.of(), List.of(),
                Map.of(ServeCommand.ADMIN_TOKEN_ENV, "two words"));
        assertTrue(serve.process().waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "serve did not exit");
        assertEquals(Main.USAGE, serve.process().exitValue());
        List<String> err = Files.readAllLines(errFile);
        assertEquals(1, err.size(), err.toString());
        assertTrue(err.get(0).startsWith("serve: " + ServeCommand.ADMIN_TOKEN_ENV + " holds a space"), err.get(0));
    }

    /**
     * The bundled root in a jar of its own, as the shipped jar holds it: from there WireMock reads files through
     * the class loader, and Jetty was given a path relative to the working directory.
     */
    private static Path bundledRootAsJar(Path dir) throws IOException {
        Path jar = dir.resolve("root.jar");
        Path classes = Path.of("target/classes");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes.resolve(MockServer.BUNDLED_ROOT))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                out.putNextEntry(new java.util.jar.JarEntry(Files.isDirectory(p) ? name + "/" : name));
                if (!Files.isDirectory(p)) {
                    Files.copy(p, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
