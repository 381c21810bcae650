package org.mplus.tck.mock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may use the admin API and read the console's feed: pages the mock served itself, and programs that are
 * not browsers (they send no Origin). A browser says where a request comes from (Origin, Sec-Fetch-Site), so a
 * page on another origin is refused whatever it sends, preflight or not. Bound to loopback, the Host must be a
 * loopback name too: a DNS name an attacker rebinds to 127.0.0.1 makes its page same-origin with the mock, but
 * its requests still carry the attacker's host name.
 *
 * @param loopbackBind whether the mock listens on loopback only
 */
record SameOriginPolicy(boolean loopbackBind) {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    /** Why the request is refused, or empty when it may go on. Null stands for a header that is absent. */
    Optional<String> refusal(String host, String origin, String fetchSite) {
        if (loopbackBind && host != null && !isLoopbackName(hostName(host))) {
            return Optional.of("Host " + host + " is not a loopback name: the mock listens on loopback, so its admin"
                    + " API answers to localhost, 127.0.0.1 or [::1] only");
        }
        boolean otherSite = fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        boolean otherOrigin = origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host)
                && !origin.equalsIgnoreCase("https://" + host));
        if (otherSite || otherOrigin) {
            return Optional.of("a page on another origin (" + (origin != null ? origin : "Sec-Fetch-Site: " + fetchSite)
                    + ") cannot use the mock's admin API or read its console feed: use the console the mock serves"
                    + " at /, or a program");
        }
        return Optional.empty();
    }

    /** The name in a Host header: without the port, an IPv6 literal without its brackets. */
    static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon < 0 || host.indexOf(':', colon + 1) >= 0 ? host : host.substring(0, colon);
    }

    /** localhost, *.localhost (browsers resolve those to loopback themselves), 127.0.0.0/8 and ::1, as literals. */
    static boolean isLoopbackName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("localhost") || n.endsWith(".localhost")) {
            return true;
        }
        if (!IPV4.matcher(n).matches() && !(n.contains(":") && n.matches("[0-9a-f:.]+"))) {
            return false; // a DNS name: never resolved here, the point is that it is not one of ours
        }
        try {
            return InetAddress.getByName(n).isLoopbackAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
