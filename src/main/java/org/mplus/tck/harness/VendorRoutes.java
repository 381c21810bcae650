package org.mplus.tck.harness;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.spec.Vendor;

/**
 * Sends requests meant for the vendors' real hosts to the mock instead, so that a bridge needs no change to be
 * tested: https://app.cloopen.com:8883/2013-12-26/… becomes http://127.0.0.1:PORT/2013-12-26/….
 */
public record VendorRoutes(List<URI> vendorOrigins, URI mock) {

    public VendorRoutes {
        vendorOrigins = List.copyOf(vendorOrigins);
    }

    public static VendorRoutes to(URI mock, List<Vendor> vendors) {
        return new VendorRoutes(vendors.stream().flatMap(v -> v.hosts().stream()).toList(), mock);
    }

    /** The mock's URL for a request to a vendor host, or empty when the URL is not a vendor's. */
    public Optional<URI> route(URI url) {
        for (URI origin : vendorOrigins) {
            if (origin.getScheme().equalsIgnoreCase(url.getScheme())
                    && origin.getHost().equalsIgnoreCase(url.getHost())
                    && port(origin) == port(url)) {
                String rest = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
                if (url.getRawQuery() != null) {
                    rest += "?" + url.getRawQuery();
                }
                return Optional.of(URI.create(mock.toString().replaceAll("/$", "") + rest));
            }
        }
        return Optional.empty();
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
