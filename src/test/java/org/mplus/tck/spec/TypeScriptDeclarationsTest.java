package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** mock-server/__files/mplus.d.ts is generated from the catalog; this keeps the committed file in step with it. */
class TypeScriptDeclarationsTest {

    @Test
    void mplusDtsIsTheCatalogRendered() throws IOException {
        GeneratedFile.assertUpToDate(Path.of(TypeScriptDeclarations.PATH),
                TypeScriptDeclarations.render(Catalog.standard()), "TypeScriptDeclarationsTest");
    }

    @Test
    void everyCallHasItsFunctionAndEveryOptionItsField() {
        String ts = TypeScriptDeclarations.render(Catalog.standard());
        for (Call call : Catalog.standard().calls()) {
            assertTrue(ts.contains("  function " + call.name() + "(options"), call.name());
            call.options().forEach(o -> assertTrue(ts.contains("    " + o.name() + (o.required() ? ": " : "?: ")
                    + o.format().map(f -> f.substring(0, 1).toUpperCase() + f.substring(1) + (o.required() ? ""
                            : " | ''")).orElse("string") + ";"), call.name() + "." + o.name()));
        }
        assertTrue(ts.contains("imType: 0 | 1;"), "getImType's result is typed from its schema");
        assertTrue(ts.contains("plusready: Event;"));
        Catalog.standard().formats().forEach(f -> assertTrue(ts.contains("  type " + f.name().substring(0, 1)
                .toUpperCase() + f.name().substring(1) + " = `"), f.name() + " has its template literal type"));
    }

    @Test
    void everyTestHookIsTypedOnWindowWithItsFieldsAndContract() {
        String ts = TypeScriptDeclarations.render(Catalog.standard());
        for (TestHook hook : Catalog.standard().hooks()) {
            String type = hook.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + hook.name().substring(1);
            assertTrue(ts.contains("interface " + type + " {"), hook.name());
            assertTrue(ts.contains("  " + hook.name() + "?: " + type + ";"), hook.name() + " on Window");
            hook.fields().forEach(f -> assertTrue(ts.contains("  " + f.name() + ": " + f.type() + ";"), f.name()));
            assertTrue(ts.replace("\n * ", " ").contains(hook.contract()), hook.name() + "'s contract");
        }
        assertTrue(ts.contains("shareTo: string | null;"), "the share picker's hook");
    }
}
