package org.mplus.tck.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mplus.tck.harness.remote.RemoteRunner;

/** The mplus implementation under test, and where the page gets it from. */
public sealed interface BridgeSource {

    /** How reports name it. */
    String describe();

    /** The kit's own bridge, served by the mock at /mplus.js. */
    record Reference() implements BridgeSource {
        @Override
        public String describe() {
            return "reference bridge (mock-server/__files/mplus.js)";
        }
    }

    /** A .js file that defines window.mplus; the kit serves it from the mock into a blank page. */
    record ScriptFile(Path path, String source) implements BridgeSource {
        @Override
        public String describe() {
            return path.toString();
        }
    }

    /** A script URL (ends in .js); the kit loads it into a blank page. */
    record ScriptUrl(URI url) implements BridgeSource {
        @Override
        public String describe() {
            return url.toString();
        }
    }

    /** The app's own window.mplus, in the page on a device that opened the remote engine's runner. */
    record InApp(RemoteRunner runner) implements BridgeSource {
        @Override
        public String describe() {
            return "the app's own window.mplus (remote runner " + runner.runnerUrl() + ")";
        }
    }

    /** A page that defines window.mplus itself; the kit injects its instrumentation before the page's scripts. */
    record PageUrl(URI url) implements BridgeSource {
        @Override
        public String describe() {
            return url.toString();
        }
    }

    /**
     * Reads the --bridge argument: an http(s) URL (a script if it ends in .js, a page otherwise) or a file.
     *
     * @throws IllegalArgumentException with what was wrong and what to pass instead
     */
    static BridgeSource parse(String argument) {
        String arg = argument == null ? "" : argument.trim();
        if (arg.isEmpty()) {
            throw new IllegalArgumentException("--bridge is empty: pass a .js file that defines window.mplus, "
                    + "or an http(s) URL of a script or a page");
        }
        if (arg.startsWith("http://") || arg.startsWith("https://")) {
            URI url;
            try {
                url = URI.create(arg);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--bridge " + arg + " is not a valid URL: " + e.getMessage());
            }
            return url.getPath() != null && url.getPath().endsWith(".js") ? new ScriptUrl(url) : new PageUrl(url);
        }
        Path path = Path.of(arg);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--bridge " + arg + ": no such file (pass a .js file that defines "
                    + "window.mplus, or an http(s) URL)");
        }
        try {
            return new ScriptFile(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("--bridge " + arg + " cannot be read as UTF-8 text: " + e.getMessage());
        }
    }
}
