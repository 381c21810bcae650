package org.mplus.tck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both engines keep the same scripts from page to page: HtmlUnit by path, Chromium by URL pattern. */
class ConstantScriptsTest {

    @Test
    void areTheInstrumentationTheServedBridgesAndTheMocksBridge() {
        assertTrue(ConstantScripts.isOne(BridgePage.INSTRUMENTATION));
        assertTrue(ConstantScripts.isOne("/__tck/bridge/my-bridge.js"));
        assertTrue(ConstantScripts.isOne("/mplus.js"));
        assertFalse(ConstantScripts.isOne("/__tck/harness/page.html"), "each scenario's page is fetched anew");
        assertFalse(ConstantScripts.isOne("/mplusxjs"), "a dot is a dot, not any character");
        assertFalse(ConstantScripts.isOne("/im/v1/mplus.js"));
        assertFalse(ConstantScripts.isOne("/mplus.jsx"));
        assertFalse(ConstantScripts.isOne("/__tck/harness/instrument.json"));
    }

    @Test
    void givesDevToolsPatternsOnThePagesOrigin() {
        assertEquals(List.of("http://10.0.0.5:8080/__tck/harness/*.js", "http://10.0.0.5:8080/__tck/bridge/*",
                "http://10.0.0.5:8080/mplus.js"),
                ConstantScripts.urlPatterns(URI.create("http://10.0.0.5:8080/__tck/harness/page.html?visit=3")));
    }
}
