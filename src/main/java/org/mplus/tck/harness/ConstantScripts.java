package org.mplus.tck.harness;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scripts a scenario's page loads from the mock that do not change during a run: the kit's instrumentation, a
 * bridge file the kit serves and the mock's {@code /mplus.js}. Every engine keeps them from one page to the next
 * (HtmlUnit compiled, Chromium in its cache) instead of fetching them for each scenario's fresh page; the page
 * itself, its state and every other request stay per scenario.
 */
public final class ConstantScripts {

    /** The paths, as DevTools' URL patterns take them ({@code *}: any characters). */
    private static final List<String> PATHS = List.of("/__tck/harness/*.js", "/__tck/bridge/*", "/mplus.js");
    private static final Pattern MATCHING = Pattern.compile(String.join("|", PATHS.stream()
            .map(p -> Pattern.quote(p).replace("*", "\\E.*\\Q")).toList()));

    private ConstantScripts() {
    }

    /** Whether {@code path} (of a URL on the mock) is one of them. */
    public static boolean isOne(String path) {
        return MATCHING.matcher(path).matches();
    }

    /** URL patterns that match them on {@code origin}, where the page reaches the mock. */
    public static List<String> urlPatterns(URI origin) {
        String base = origin.getScheme() + "://" + origin.getRawAuthority();
        return PATHS.stream().map(p -> base + p).toList();
    }
}
