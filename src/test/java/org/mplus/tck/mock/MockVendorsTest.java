package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.MessageLimit;
import org.mplus.tck.spec.Vendor;

/** The mock's vendors are the catalog's, each with its plug-in. */
class MockVendorsTest {

    @Test
    void theShippedVendorsAreTheCatalogsInItsOrder() {
        MockVendors shipped = MockVendors.shipped();
        assertEquals(Catalog.standard().vendors(), shipped.list());
        assertEquals(List.of("xianwei", "ronglian"), new ArrayList<>(shipped.credentials().keySet()));
        assertEquals("0 (先维IM) or 1 (容联云)", shipped.imTypes());
    }

    @Test
    void aCatalogVendorWithoutAPlugInSaysWhatToAdd() {
        List<Vendor> vendors = new ArrayList<>(Catalog.standard().vendors());
        vendors.add(new Vendor(7, "nowhere", "无处IM", "Nowhere IM", List.of(URI.create("https://nowhere.example")),
                new MessageLimit(10, MessageLimit.Unit.CODE_POINTS)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MockVendors.of(vendors));
        assertTrue(e.getMessage().contains("无处IM (imType 7)") && e.getMessage()
                .contains("META-INF/services/org.mplus.tck.mock.VendorPlugin"), e.getMessage());
    }

    @Test
    void anImTypeOrCodeOfNoVendorIsRefusedNamingTheVendors() {
        IllegalArgumentException imType = assertThrows(IllegalArgumentException.class,
                () -> MockOptions.defaults().withImType(2));
        assertEquals("imType must be 0 (先维IM) or 1 (容联云), not 2", imType.getMessage());
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
                () -> MockVendors.shipped().checkCode("wechat"));
        assertEquals("no vendor wechat: use xianwei, ronglian", code.getMessage());
    }
}
