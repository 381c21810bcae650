package org.mplus.tck.spec;

import java.util.List;
import java.util.Optional;

/**
 * One documented mplus call.
 *
 * @param name    the function name on window.mplus
 * @param kind    what it does
 * @param heading the spec section's heading, verbatim
 * @param line    the spec line of that heading
 * @param summary one line in English
 * @param vendors imTypes the call is documented for
 * @param since   the first client version that has the call, if the doc names one
 * @param options the options, in the spec's order
 * @param schemas where its JSON Schemas live
 */
public record Call(
        String name,
        CallKind kind,
        String heading,
        int line,
        String summary,
        List<Integer> vendors,
        Optional<ClientVersion> since,
        List<CallOption> options,
        CallSchemas schemas) {

    public Call {
        vendors = List.copyOf(vendors);
        options = List.copyOf(options);
    }

    public boolean supports(Vendor vendor) {
        return vendors.contains(vendor.imType());
    }

    /** A call the doc marks as one vendor's only, e.g. sendMessage（容联云）. */
    public boolean isVendorSpecific() {
        return vendors.size() == 1;
    }

    public Optional<CallOption> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }
}
