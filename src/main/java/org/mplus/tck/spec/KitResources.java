package org.mplus.tck.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files the jar carries (schemas/, features/, mock-server/) from the classpath, as UTF-8. */
public final class KitResources {

    private KitResources() {
    }

    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the kit: " + e.getMessage(), e);
        }
    }

    public static InputStream open(String path) {
        InputStream in = KitResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the kit is missing " + path
                    + ": rebuild it with `mvn -B -DskipTests package`");
        }
        return in;
    }
}
