package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalog; this keeps the committed file in step with it. */
class RulesDocumentTest {

    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdIsTheCatalogRendered() throws IOException {
        String expected = RulesDocument.render(Catalog.standard());
        if (Boolean.getBoolean("mplus.tck.writeDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "(missing)";
        assertEquals(expected, actual, "docs/rules.md is out of date with schemas/catalog.json: regenerate it with "
                + "`mvn -B test -Dtest=RulesDocumentTest -Dmplus.tck.writeDocs=true`");
    }

    @Test
    void everyRuleAndEveryCallIsInTheDocument() {
        String doc = RulesDocument.render(Catalog.standard());
        Catalog.standard().rules().forEach(r -> assertTrue(doc.contains("| " + r.id() + " |"), r.id()));
        Catalog.standard().calls().forEach(c -> assertTrue(doc.contains("`" + c.name() + "`"), c.name()));
        assertTrue(doc.contains("## Ambiguities and the kit's reading"));
    }
}
