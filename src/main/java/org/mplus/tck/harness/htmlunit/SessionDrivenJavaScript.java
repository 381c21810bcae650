package org.mplus.tck.harness.htmlunit;

import org.htmlunit.WebClient;
import org.htmlunit.WebWindow;
import org.htmlunit.javascript.JavaScriptEngine;

/**
 * HtmlUnit's JavaScript engine without its background event loop: the page's timers and network jobs run only
 * when the session runs them, on the session's thread. HtmlUnit's loop polls every 10 ms, which would cost every
 * asynchronous callback up to 10 ms; and running jobs from a second thread beside it would let both threads run
 * the same job (HtmlUnit's runSingleJob does not guard against that), sending a message twice.
 */
final class SessionDrivenJavaScript extends JavaScriptEngine {

    SessionDrivenJavaScript(WebClient client) {
        super(client);
    }

    @Override
    public synchronized void registerWindowAndMaybeStartEventLoop(WebWindow window) {
        // No event loop: HtmlUnitSession runs the due jobs itself.
    }
}
