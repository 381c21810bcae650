package org.mplus.tck.cli;

import picocli.CommandLine.IVersionProvider;

/** The kit's version, from the jar manifest (a development build says so). */
public final class KitVersion implements IVersionProvider {

    public static String current() {
        String v = KitVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mplus-tck " + current()};
    }
}
