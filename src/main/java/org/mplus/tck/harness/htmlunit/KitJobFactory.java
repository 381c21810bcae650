package org.mplus.tck.harness.htmlunit;

import org.htmlunit.WebWindow;
import org.htmlunit.corejs.javascript.ContextAction;
import org.htmlunit.corejs.javascript.ContextFactory;
import org.htmlunit.javascript.background.BackgroundJavaScriptFactory;
import org.htmlunit.javascript.background.JavaScriptJob;
import org.htmlunit.javascript.background.JavaScriptJobManager;

/**
 * HtmlUnit's factory of jobs and job managers, with the kit's two changes: asynchronous requests run as
 * {@link RequestJob}s and every window's jobs are kept by {@link PageJobs}. HtmlUnit has one factory per JVM;
 * both changes leave HtmlUnit's behaviour as it is for any code that does not look for them.
 */
final class KitJobFactory extends BackgroundJavaScriptFactory {

    private static final KitJobFactory INSTANCE = new KitJobFactory();

    static void install() {
        if (BackgroundJavaScriptFactory.theFactory() != INSTANCE) {
            BackgroundJavaScriptFactory.setFactory(INSTANCE);
        }
    }

    @Override
    public JavaScriptJob createJavascriptXMLHttpRequestJob(ContextFactory contextFactory,
            ContextAction<Object> action) {
        return new RequestJob(contextFactory, action);
    }

    @Override
    public JavaScriptJobManager createJavaScriptJobManager(WebWindow window) {
        return new PageJobs(super.createJavaScriptJobManager(window));
    }
}
