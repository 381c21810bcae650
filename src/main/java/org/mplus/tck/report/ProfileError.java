package org.mplus.tck.report;

import java.nio.file.Path;
import java.util.List;

/** A profile the kit cannot use: a usage error, said field by field in words, on one line (the run's last). */
public final class ProfileError extends IllegalArgumentException {

    public ProfileError(Path file, List<String> problems) {
        super("the profile " + file + (problems.size() == 1 ? ": " : " has " + problems.size() + " problems: ")
                + String.join("; ", problems));
    }
}
