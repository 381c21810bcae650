package org.mplus.tck.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The tags that tie a scenario to the vendors of a call the doc gives some vendors only (sendMessage, showMessage:
 * 容联云's). A scenario of such a call is tagged {@value #OFFERED}call and is judged on the vendors that offer
 * it; one that checks the call fails and sends nothing where it is lacking is tagged {@value #LACKING}call and is
 * judged on the other vendors. Every other scenario is judged on every vendor under test. Which vendor offers what is the
 * catalog's, so a vendor added to it gets its scenarios without a feature changing.
 */
public final class VendorOnlyTags {

    public static final String OFFERED = "@offered:";
    public static final String LACKING = "@lacking:";

    private VendorOnlyTags() {
    }

    /** The tags whose scenarios a vendor's pass leaves out: @offered: of the calls it lacks, @lacking: of its own. */
    public static List<String> leftOutOn(Catalog catalog, Vendor vendor) {
        List<String> out = new ArrayList<>();
        catalog.calls().stream().filter(c -> c.vendors().size() < catalog.vendors().size())
                .forEach(c -> out.add((c.supports(vendor) ? LACKING : OFFERED) + c.name()));
        return out;
    }

    /** The tag expression that keeps a vendor's pass to its scenarios ("not @offered:sendMessage and …"), if any. */
    public static Optional<String> expression(Catalog catalog, Vendor vendor) {
        List<String> out = leftOutOn(catalog, vendor).stream().map(t -> "not " + t).toList();
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", out));
    }

    /** Why a scenario with these tags is not judged on the vendor, if it is not. */
    public static Optional<String> whyNotOn(Catalog catalog, Vendor vendor, Collection<String> tags) {
        return leftOutOn(catalog, vendor).stream().filter(tags::contains).findFirst().map(t -> {
            String call = t.substring(t.indexOf(':') + 1);
            return t.startsWith(OFFERED) ? call + " is not a call of " + vendor.label() + ": its scenarios are "
                    + "judged on the vendors that offer it"
                    : "this scenario checks " + call + " where it is lacking, and " + vendor.label() + " offers it";
        });
    }
}
