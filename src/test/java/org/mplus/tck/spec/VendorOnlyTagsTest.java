package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A vendor's pass leaves out, by tag, the scenarios of the calls it lacks and those that check a call is lacking. */
class VendorOnlyTagsTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Vendor XIANWEI = CATALOG.vendor(0).orElseThrow();
    private static final Vendor RONGLIAN = CATALOG.vendor(1).orElseThrow();

    @Test
    void eachVendorsPassLeavesOutWhatTheCatalogSaysItLacksOrOffers() {
        assertEquals(Optional.of("not @offered:sendMessage and not @offered:showMessage"),
                VendorOnlyTags.expression(CATALOG, XIANWEI));
        assertEquals(Optional.of("not @lacking:sendMessage and not @lacking:showMessage"),
                VendorOnlyTags.expression(CATALOG, RONGLIAN));
    }

    @Test
    void aScenarioOfAnotherVendorsPassSaysWhyItIsNotJudgedHere() {
        assertEquals(Optional.of("sendMessage is not a call of 先维IM (imType 0): its scenarios are judged on the "
                + "vendors that offer it"), VendorOnlyTags.whyNotOn(CATALOG, XIANWEI,
                        List.of("@rule:SEND-MSG-01", "@offered:sendMessage")));
        assertEquals(Optional.of("this scenario checks showMessage where it is lacking, and 容联云 (imType 1) offers "
                + "it"), VendorOnlyTags.whyNotOn(CATALOG, RONGLIAN, List.of("@lacking:showMessage")));
        assertEquals(Optional.empty(), VendorOnlyTags.whyNotOn(CATALOG, XIANWEI, List.of("@lacking:sendMessage")));
        assertEquals(Optional.empty(), VendorOnlyTags.whyNotOn(CATALOG, RONGLIAN, List.of("@rule:SEND-CHAT-01")));
    }
}
