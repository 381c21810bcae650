package org.mplus.tck.harness.checks;

import java.util.List;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;

/**
 * GET-IMTYPE-01: res.imType is one of the doc's values (as a number, or as its string, e.g. "1"). The values are the
 * catalog's vendors' imTypes, 0 and 1 for the doc's two, so that a vendor added to the catalog has its own.
 *
 * @param imTypes the catalog's vendors' imTypes
 */
public record ImTypeIsAVendors(List<Integer> imTypes) implements Check {

    public ImTypeIsAVendors {
        imTypes = List.copyOf(imTypes);
    }

    @Override
    public List<String> rules() {
        return List.of("GET-IMTYPE-01");
    }

    @Override
    public String expected() {
        return "success(res) with res.imType one of " + imTypes;
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                .flatMap(CallbackRecord::imTypeValue).filter(imTypes::contains).isPresent();
    }
}
