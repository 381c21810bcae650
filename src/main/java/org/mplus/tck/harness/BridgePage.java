package org.mplus.tck.harness;

import java.net.URI;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.PageVisits;
import org.mplus.tck.spec.KitResources;

/** Serves, from the mock, the page each scenario opens: instrumentation first, then the bridge under test. */
public record BridgePage(URI url, boolean injectInstrumentation) {

    public static final String INSTRUMENTATION = "/__tck/harness/instrument.js";

    public static BridgePage serve(MockServer mock, BridgeSource bridge) {
        return serve(mock, bridge, mock.baseUrl());
    }

    /** @param base the mock's URL as the browser reaches it: another host than the kit's for a Grid's browsers */
    public static BridgePage serve(MockServer mock, BridgeSource bridge, String base) {
        mock.serveFile(INSTRUMENTATION, "application/javascript; charset=utf-8",
                KitResources.read(Instrumentation.RESOURCE));
        if (bridge instanceof BridgeSource.InApp app) {
            return new BridgePage(URI.create(app.runner().runnerUrl()), false);
        }
        if (bridge instanceof BridgeSource.PageUrl page) {
            return new BridgePage(page.url(), true);
        }
        String script = "/mplus.js";
        if (bridge instanceof BridgeSource.ScriptUrl url) {
            script = url.url().toString();
        } else if (bridge instanceof BridgeSource.ScriptFile file) {
            script = "/__tck/bridge/" + file.path().getFileName();
            mock.serveFile(script, "application/javascript; charset=utf-8", file.source());
        }
        // The full URL as Referer, to the vendors' hosts too: a vendor request then names its visit when the kit
        // forwards it to the mock, and a late one from a page left is refused there (PageVisits), not counted. An
        // icon of its own, so that a browser does not ask the mock for one with every scenario.
        mock.serveFile(PageVisits.PAGE, "text/html; charset=utf-8", """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>mplus-tck</title>
                <meta name="referrer" content="unsafe-url"><link rel="icon" href="data:,">
                <script src="%s"></script>
                <script src="%s"></script>
                </head><body></body></html>
                """.formatted(INSTRUMENTATION, script.replace("\"", "%22")));
        return new BridgePage(URI.create(base + PageVisits.PAGE), false);
    }
}
