package org.mplus.tck.harness.remote;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.chromium.ChromiumTab;

/**
 * Headless Chromium playing an app on a device: its bridge is injected into every document before the page's own
 * scripts, as a native host injects one (DevTools Page.addScriptToEvaluateOnNewDocument); its HTTP(S) proxy is the
 * kit, whose CA it trusts by its public key alone, as a test device trusts the installed CA. Each app is a tab in a
 * browser context of its own, in a Chromium kept between apps ({@link ChromiumTab}): closing the app closes its pages
 * as a crash would.
 */
public final class PlayedApp implements AutoCloseable {

    private final ChromiumTab tab;

    /**
     * @param bridge the app's bridge, or none (a plain browser)
     * @param proxy  the kit's proxy (host:port), or none (traffic goes straight out)
     * @param caSpki the SPKI hash of the CA the app trusts beside the system's, or none
     */
    public PlayedApp(Optional<String> bridge, Optional<String> proxy, Optional<String> caSpki) {
        tab = new ChromiumTab(caSpki.map(s -> List.of("--ignore-certificate-errors-spki-list=" + s))
                .orElse(List.of()), proxy);
        bridge.ifPresent(tab::addScriptToEveryDocument);
    }

    /** Opens a URL in the app's WebView, as a person does from a link or a scanned code. */
    public void open(String url) {
        tab.open(url);
    }

    /** What the runner page says about itself. */
    public String status() {
        return String.valueOf(tab.evaluate("(function () { var s = document.getElementById('status');"
                + " return s ? s.textContent : document.body.innerText; })()").orElse(null));
    }

    /** The status of a fetch from the page, or the network error. */
    public Object fetchStatus(String url) {
        Object status = tab.await("fetch(" + TextNode.valueOf(url)
                + ").then(function (r) { return r.status; }, function (e) { return 'network error: ' + e; })")
                .orElse(null);
        return status instanceof Number n ? (Object) n.longValue() : status;
    }

    @Override
    public void close() {
        tab.close();
    }
}
