package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.MessageLimit;
import org.mplus.tck.spec.Vendor;

/** The mock's vendors are the catalog's, each with its plug-in. */
class MockVendorsTest {

    @Test
    void theShippedVendorsAreTheCatalogsInItsOrder() {
        MockVendors shipped = MockVendors.shipped();
        assertEquals(Catalog.standard().vendors(), shipped.list(), "the vendors the mock reads are the checked catalog's");
        assertEquals(List.of("xianwei", "ronglian"), new ArrayList<>(shipped.credentials().keySet()));
        assertEquals("0 (先维IM) or 1 (容联云)", shipped.imTypes());
    }

    /** A vendor's package: one that holds a plug-in (the mock has other subpackages, such as its proxy). */
    private static boolean holdsAPlugin(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("implements VendorPlugin");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The mock's core knows vendors through their plug-ins only, and a vendor package knows nothing of the server. */
    @Test
    void noCycleBetweenTheMockAndItsVendors() throws IOException {
        Path mock = Path.of("src/main/java/org/mplus/tck/mock");
        List<String> vendorPackages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(mock)) {
            dirs.filter(Files::isDirectory).filter(MockVendorsTest::holdsAPlugin)
                    .forEach(d -> vendorPackages.add("org.mplus.tck.mock." + d.getFileName()));
        }
        assertTrue(vendorPackages.containsAll(List.of("org.mplus.tck.mock.ronglian", "org.mplus.tck.mock.xianwei")),
                vendorPackages.toString());
        try (Stream<Path> files = Files.walk(mock)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                if (f.getParent().equals(mock)) {
                    vendorPackages.forEach(v -> assertFalse(source.contains(v), f + " names " + v));
                } else {
                    assertFalse(source.contains("MockServer"), f + " names MockServer");
                }
            }
        }
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
