package org.mplus.tck.spec;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A shared link (link链接格式): SCHEME://APPTYPE:APPID/param…, taken apart. Build one with {@link #parse(String)}.
 *
 * @param text    the link as given
 * @param scheme  the client's URL scheme (the doc's placeholder is app_scheme)
 * @param appType which kind of app it opens
 * @param appId   the APPID as written; for a native app ANDROIDAPPID##IOSAPPID
 * @param path    what follows the APPID up to the first ?, e.g. /param or /param/index (may be empty)
 * @param query   what follows the first ?, raw, if there is a ?
 */
public record AppLink(String text, String scheme, AppType appType, String appId, String path,
        Optional<String> query) {

    /** The form, as messages and the CLI name it. */
    public static final String FORM = "SCHEME://APPTYPE:APPID/param… where SCHEME is a letter then letters, digits, "
            + "+, -, . or _; APPTYPE is " + AppType.allDescribed() + "; for a native app APPID is "
            + "ANDROIDAPPID##IOSAPPID";

    private static final String PARAM = "/param";
    private static final String HALVES = "##";

    public AppLink {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(appType, "appType");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
    }

    /** Parses a link; never throws for any string. */
    public static Parsed<AppLink> parse(String text) {
        return AppLinkParser.parse(text);
    }

    /** Whether the path begins with the segment param, as every example of the doc does (LINK-05). */
    public boolean hasParamSegment() {
        return path.equals(PARAM) || path.startsWith(PARAM + "/");
    }

    /** SHOULD-level findings: a link without the param segment (LINK-05). */
    public List<FormatWarning> warnings() {
        if (hasParamSegment()) {
            return List.of();
        }
        return List.of(new FormatWarning(AppLinkParser.LINK_05, "the path "
                + (path.isEmpty() ? "is empty" : "\"" + path + "\" does not begin with /param")
                + ", unlike every example of the spec; a client may not open it: write "
                + scheme + "://" + appType.code() + ":" + appId + "/param…"));
    }

    /** For a native app (APPTYPE 2), the half before ##. */
    public Optional<String> androidAppId() {
        return appType == AppType.NATIVE ? Optional.of(appId.substring(0, appId.indexOf(HALVES))) : Optional.empty();
    }

    /** For a native app (APPTYPE 2), the half after ##. */
    public Optional<String> iosAppId() {
        return appType == AppType.NATIVE
                ? Optional.of(appId.substring(appId.indexOf(HALVES) + HALVES.length()))
                : Optional.empty();
    }

    /** The app id a client on {@code platform} opens: its own half for a native app, the whole APPID otherwise. */
    public String appIdFor(Platform platform) {
        return (platform == Platform.ANDROID ? androidAppId() : iosAppId()).orElse(appId);
    }

    /**
     * For an ExMobi or native app (APPTYPE 1 or 2), what follows ? as the app's launch parameters (LINK-03),
     * percent-decoded as UTF-8, in order; a name given twice keeps its first value ({@link #query()} has them
     * all). Empty for an html5 app, whose query belongs to its app URL.
     */
    public Map<String, String> launchParameters() {
        return appType == AppType.HTML5 ? Map.of() : query.map(LaunchParameters::decode).orElse(Map.of());
    }

    /**
     * For an html5 app (APPTYPE 4), what follows param, e.g. /index?type=xxx (LINK-04). A link without the
     * param segment (LINK-05) has its whole path and query read as the app URL.
     */
    public Optional<String> appUrl() {
        if (appType != AppType.HTML5) {
            return Optional.empty();
        }
        String rest = path + query.map(q -> "?" + q).orElse("");
        return Optional.of(hasParamSegment() ? rest.substring(PARAM.length()) : rest);
    }

    /**
     * Where an html5 app's link opens: its app URL on the protocol, host and port the app was published with
     * (LINK-04); the published URL's path is not used, as the doc names only those three.
     *
     * @param publishedBase the app's published URL, e.g. https://apps.example.com:8443/myapp/
     * @throws IllegalStateException    if this is not an html5 app's link
     * @throws IllegalArgumentException if publishedBase has no scheme or host
     */
    public URI resolveAppUrl(URI publishedBase) {
        String url = appUrl().orElseThrow(() -> new IllegalStateException(
                "only an html5 app's link (app type 4) has an app URL; " + text + " opens a " + appType.label()));
        if (publishedBase.getScheme() == null || publishedBase.getHost() == null) {
            throw new IllegalArgumentException("the URL an app was published at needs a protocol and a host, "
                    + "as in https://apps.example.com:8443/; got \"" + publishedBase + "\"");
        }
        String origin = publishedBase.getScheme() + "://" + publishedBase.getHost()
                + (publishedBase.getPort() == -1 ? "" : ":" + publishedBase.getPort());
        return URI.create(origin + (url.startsWith("/") ? "" : "/") + UriText.legal(url));
    }
}
