package org.mplus.tck.harness.htmlunit;

import org.htmlunit.corejs.javascript.ContextAction;
import org.htmlunit.corejs.javascript.ContextFactory;
import org.htmlunit.javascript.background.BasicJavaScriptJob;

/**
 * The job in which an asynchronous XMLHttpRequest talks to the network. HtmlUnit's own is the same but cannot be
 * told apart from a timer; the kit needs to, because a browser keeps running timers while a request is in flight.
 */
final class RequestJob extends BasicJavaScriptJob {

    private final ContextFactory contextFactory;
    private final ContextAction<Object> send;

    RequestJob(ContextFactory contextFactory, ContextAction<Object> send) {
        this.contextFactory = contextFactory;
        this.send = send;
    }

    @Override
    public void run() {
        contextFactory.call(send);
    }

    @Override
    public String toString() {
        return "request job " + getId() + ": " + send;
    }
}
