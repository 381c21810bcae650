package org.mplus.tck.harness.htmlunit;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import org.htmlunit.ScriptException;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;
import org.mplus.tck.harness.PageEvent;

/** Records the page's JavaScript errors as page events instead of letting HtmlUnit throw them. */
final class PageErrorListener implements JavaScriptErrorListener {

    private final List<PageEvent> events;

    PageErrorListener(List<PageEvent> events) {
        this.events = events;
    }

    @Override
    public void scriptException(HtmlPage page, ScriptException e) {
        String where = e.getFailingLineNumber() > 0 ? " (line " + e.getFailingLineNumber() + ")" : "";
        events.add(new PageEvent(PageEvent.Kind.SCRIPT_ERROR, message(e) + where));
    }

    @Override
    public void timeoutError(HtmlPage page, long allowed, long executed) {
        events.add(new PageEvent(PageEvent.Kind.SCRIPT_TIMEOUT,
                "a script ran " + executed + " ms and was stopped (allowed " + allowed + " ms)"));
    }

    @Override
    public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
        events.add(new PageEvent(PageEvent.Kind.SCRIPT_ERROR, "malformed script URL " + url));
    }

    @Override
    public void loadScriptError(HtmlPage page, URL url, Exception e) {
        events.add(new PageEvent(PageEvent.Kind.SCRIPT_ERROR, "could not load script " + url + ": " + e.getMessage()));
    }

    @Override
    public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
        // Parser warnings are not the bridge's behaviour.
    }

    private static String message(ScriptException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.replaceAll("\\s*\\(injected script#\\d+\\)", "").strip();
    }
}
