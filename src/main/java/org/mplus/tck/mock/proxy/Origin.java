package org.mplus.tck.mock.proxy;

import java.net.URI;
import java.util.Locale;

/**
 * Where a request goes: scheme, host and port, the port always written out (https://api.xianwei-im.example:443),
 * so that an origin named with its default port and one without compare equal.
 */
record Origin(String scheme, String host, int port) {

    Origin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
    }

    static Origin of(URI uri) {
        return of(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    /** @param port -1 for the scheme's default */
    static Origin of(String scheme, String host, int port) {
        return new Origin(scheme, host, port != -1 ? port : defaultPort(scheme));
    }

    /** From a Host header (name[:port], an IPv6 literal in brackets) of a request made over {@code scheme}. */
    static Origin ofHostHeader(String scheme, String hostHeader) {
        String host = hostHeader.trim();
        int portAt = host.startsWith("[") ? host.indexOf("]:") + 1 : host.indexOf(':');
        if (portAt <= 0 || host.indexOf(':', portAt + 1) >= 0) {
            return new Origin(scheme, host, defaultPort(scheme));
        }
        try {
            return new Origin(scheme, host.substring(0, portAt), Integer.parseInt(host.substring(portAt + 1)));
        } catch (NumberFormatException e) {
            return new Origin(scheme, host, defaultPort(scheme));
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
