package org.mplus.tck.spec;

import java.util.regex.Pattern;

/** A host client version such as 5.2.0, compared numerically part by part. */
public record ClientVersion(int major, int minor, int patch) implements Comparable<ClientVersion> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})");

    /** Parses MAJOR.MINOR.PATCH; anything else is an IllegalArgumentException that shows the expected form. */
    public static ClientVersion parse(String text) {
        var m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a client version: \"" + text + "\" (expected MAJOR.MINOR.PATCH, e.g. 5.2.0)");
        }
        return new ClientVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    public boolean isBefore(ClientVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ClientVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
