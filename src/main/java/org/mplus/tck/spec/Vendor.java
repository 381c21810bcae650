package org.mplus.tck.spec;

/**
 * One IM vendor the host app may run on, as getImType names it.
 *
 * @param imType  the number getImType answers (0 = 先维IM, 1 = 容联云)
 * @param code    the kit's code name (xianwei, ronglian), used in tags, URLs and file names
 * @param name    the vendor's name as the spec writes it
 * @param english the name in English, for reports
 * @param hosts   the vendor's real API origins (scheme://host[:port]), which the harness routes to the mock
 * @param messageLimit the longest message text its send API takes
 */
public record Vendor(int imType, String code, String name, String english, java.util.List<java.net.URI> hosts,
        MessageLimit messageLimit) {

    public Vendor {
        hosts = java.util.List.copyOf(hosts);
    }

    /** "容联云 (imType 1)": how reports and messages name a vendor. */
    public String label() {
        return name + " (imType " + imType + ")";
    }
}
