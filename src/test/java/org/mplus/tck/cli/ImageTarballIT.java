package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Option;

/**
 * The container image `mvn -Pimage package` builds (target/jib-image.tar), read the way `docker load` reads it:
 * manifest, config, layers. Then its own command, from its own files, run without a container runtime. Without
 * the profile there is no image and these tests skip, saying so; with it a missing tarball fails.
 */
@EnabledIfSystemProperty(named = "image.tarball", matches = ".+", disabledReason = "no container image in this"
        + " build: `mvn -Pimage verify` builds one and reads it (-Djib.from.image=scratch where no registry is reachable)")
class ImageTarballIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = System.getProperty("kit.version", "0.1.0");
    private static final String KIT_JAR = "app/classpath/mplus-tck-" + VERSION + ".jar";

    /** The tarball's files by name: manifest.json, config.json and the gzipped layers. */
    private static Map<String, byte[]> files;
    private static JsonNode config;
    private static List<Map<String, byte[]>> layers;

    @BeforeAll
    static void readTheTarball() throws IOException {
        Path tarball = Path.of(System.getProperty("image.tarball"));
        assertTrue(Files.isRegularFile(tarball), "the image profile ran but left no " + tarball);
        try (InputStream in = Files.newInputStream(tarball)) {
            files = entries(in);
        }
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertEquals(1, manifest.size(), "one image in the tarball: " + manifest);
        assertEquals("mplus-tck:" + VERSION, manifest.get(0).path("RepoTags").path(0).asText(), "its tag");
        config = JSON.readTree(files.get(manifest.get(0).path("Config").asText()));
        layers = new ArrayList<>();
        for (JsonNode layer : manifest.get(0).path("Layers")) {
            byte[] gzipped = files.get(layer.asText());
            assertNotNull(gzipped, "the manifest names a layer the tarball lacks: " + layer.asText());
            layers.add(entries(new GZIPInputStream(new ByteArrayInputStream(gzipped))));
        }
    }

    /** The regular files of a tar stream, by name. */
    private static Map<String, byte[]> entries(InputStream in) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            if (e.isFile()) {
                found.put(e.getName(), tar.readAllBytes());
            }
        }
        return found;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The index of the layer that holds {@code path}, or -1. */
    private static int layerOf(String path) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).containsKey(path)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void itServesTheMockOnEveryInterfaceAtServesDefaultPort() throws NoSuchFieldException {
        JsonNode c = config.path("config");
        assertEquals(List.of("serve", "--bind", "0.0.0.0"), strings(c.path("Cmd")), "the default command");
        String port = ServeCommand.class.getDeclaredField("port").getAnnotation(Option.class).defaultValue();
        List<String> exposed = new ArrayList<>();
        c.path("ExposedPorts").fieldNames().forEachRemaining(exposed::add);
        assertEquals(List.of(port + "/tcp"), exposed, "the port serve listens on without --port");
        List<String> entrypoint = strings(c.path("Entrypoint"));
        assertEquals("java", entrypoint.get(0), entrypoint.toString());
        assertEquals(Main.class.getName(), entrypoint.get(entrypoint.size() - 1), entrypoint.toString());
        assertTrue(entrypoint.containsAll(List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8")),
                "a small heap, an end on running out of it, UTF-8 whatever the base's locale: " + entrypoint);
        assertFalse(List.of("", "0", "root").contains(c.path("User").asText().split(":")[0]),
                "not root: " + c.path("User"));
        assertEquals(VERSION, c.path("Labels").path("org.opencontainers.image.version").asText());
        assertTrue(strings(c.path("Env")).stream().noneMatch(e -> e.startsWith(ServeCommand.ADMIN_TOKEN_ENV + "=")),
                "no admin token baked in: everyone who pulled the image would hold it");
    }

    @Test
    void theKitsJarIsALayerOfItsOwnApartFromItsDependencies() throws IOException {
        int kit = layerOf(KIT_JAR);
        assertTrue(kit >= 0, KIT_JAR + " in no layer");
        assertEquals(1, layers.get(kit).size(), "the kit's jar alone in its layer: " + layers.get(kit).keySet());
        assertTrue(layers.get(0).keySet().stream().anyMatch(n -> n.startsWith("app/libs/wiremock-")),
                "the dependencies, WireMock among them, in the first layer: " + layers.get(0).keySet());
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(layers.get(kit).get(KIT_JAR)))) {
            assertEquals(VERSION, jar.getManifest().getMainAttributes().getValue("Implementation-Version"),
                    "the manifest serve reads its version from");
            List<String> names = new ArrayList<>();
            for (var e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
                names.add(e.getName());
            }
            assertTrue(names.containsAll(List.of("org/mplus/tck/cli/Main.class", "mock-server/fixture.json",
                    "mock-server/__files/mplus.js", "features/get-im-type.feature")), "the kit and what it serves");
        }
        int classpathFile = layerOf("app/jib-classpath-file");
        assertTrue(classpathFile >= 0, "the classpath file the entrypoint names");
        for (String entry : new String(layers.get(classpathFile).get("app/jib-classpath-file"), StandardCharsets.UTF_8)
                .trim().split(":")) {
            String file = entry.substring(1);
            assertTrue(file.equals("app/classpath/*") || layerOf(file) >= 0, "the classpath names " + entry
                    + ", which no layer holds");
        }
    }

    /**
     * The entrypoint and command as the image gives them, on the image's own files (the layers unpacked, /app
     * moved to a temporary folder) and this JVM: what a container runtime would start, but its base.
     */
    @Test
    void itsOwnCommandStartsTheMockWhichAnswersMplusJsAndProbes(@TempDir Path root) throws Exception {
        for (Map<String, byte[]> layer : layers) {
            for (Map.Entry<String, byte[]> file : layer.entrySet()) {
                Path to = root.resolve(file.getKey()).normalize();
                assertTrue(to.startsWith(root), "a layer writes outside the image: " + file.getKey());
                Files.createDirectories(to.getParent());
                Files.write(to, file.getValue());
            }
        }
        Path classpath = root.resolve("app/jib-classpath-file");
        Files.writeString(classpath, Files.readString(classpath).replace("/app/", root + "/app/"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        for (String arg : strings(config.path("config").path("Entrypoint"))) {
            command.add(arg.equals("java") ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                    : arg.startsWith("@/") ? "@" + root + arg.substring(1) : arg);
        }
        command.addAll(strings(config.path("config").path("Cmd")));
        command.addAll(List.of("--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(root.resolve("stderr.txt").toFile());
        builder.environment().put(ServeCommand.ADMIN_TOKEN_ENV, "image-test-token");
        Process serve = builder.start();
        try {
            String printed = untilReady(serve);
            assertTrue(printed.contains("mplus-tck vendor mock " + VERSION), printed);
            assertTrue(printed.contains("容联云"), "UTF-8 out: " + printed);
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> health = get(base + "/__tck/health", null);
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(get(base + "/mplus.js", null).body().contains("window.mplus"));
            assertEquals(401, get(base + "/__admin/tck/im-type", null).statusCode(), "bound to every interface");
            assertEquals(200, get(base + "/__admin/tck/im-type", "image-test-token").statusCode(),
                    "the token from the environment");
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(ServeCommandTest.EXIT_SECONDS, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
    }

    private static String untilReady(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null && !line.equals("Ctrl-C to stop."); line = out.readLine()) {
            printed.append(line).append('\n');
        }
        return printed.toString();
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
