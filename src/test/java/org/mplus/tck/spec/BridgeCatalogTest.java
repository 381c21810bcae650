package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reference bridge checks arguments against its generated copy of the catalog; this keeps the copy current. */
class BridgeCatalogTest {

    private static final Path BRIDGE = Path.of("mock-server/__files/mplus.js");

    @Test
    void theCatalogBlockOfMplusJsIsTheCatalogRendered() throws IOException {
        String source = GeneratedFile.read(BRIDGE);
        GeneratedFile.assertUpToDate(BRIDGE, BridgeCatalog.splice(source, BridgeCatalog.render(Catalog.standard())),
                "BridgeCatalogTest");
    }

    @Test
    void everyCallAndOptionIsInTheBlock() {
        String block = BridgeCatalog.render(Catalog.standard());
        for (Call call : Catalog.standard().calls()) {
            assertTrue(block.contains("      " + call.name() + ": {"), call.name());
            call.options().forEach(o -> assertTrue(block.contains("\"name\":\"" + o.name() + "\",\"description\":\""
                    + o.description() + "\",\"required\":" + o.required()), call.name() + "." + o.name()));
        }
    }

    @Test
    void spliceReplacesOnlyTheBlock() {
        String source = "a\n" + BridgeCatalog.BEGIN + "\nold\n" + BridgeCatalog.END + "\nz\n";
        assertEquals("old\n", BridgeCatalog.block(source));
        assertEquals("a\n" + BridgeCatalog.BEGIN + "\nnew\n" + BridgeCatalog.END + "\nz\n",
                BridgeCatalog.splice(source, "new\n"));
        assertThrows(IllegalArgumentException.class, () -> BridgeCatalog.block("no markers"));
    }
}
