package org.mplus.tck.harness.chromium;

import java.util.Optional;
import org.mplus.tck.harness.HarnessError;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.runtime.Runtime;

/**
 * What the page tells the kit the moment it happens (page-work.js, through a DevTools binding): a callback was
 * recorded, or the page ran out of work. A call's wait sleeps until such news or its next deadline, instead of
 * reading the page every few milliseconds.
 */
final class PageNews {

    /** The binding's name in every document of the tab; page-work.js takes it off the window. */
    static final String BINDING = "__mplusTckNotify";

    /** How much news the page has sent: a wait started after a look ends at once when this moved since. */
    private long heard;

    PageNews(DevTools devTools) {
        devTools.send(Runtime.addBinding(BINDING, Optional.empty(), Optional.empty()));
        devTools.addListener(Runtime.bindingCalled(), b -> {
            if (BINDING.equals(b.getName())) {
                heard();
            }
        });
    }

    private synchronized void heard() {
        heard++;
        notifyAll();
    }

    /** A mark to wait from: take it before looking at the page, so that news sent during the look is not missed. */
    synchronized long mark() {
        return heard;
    }

    /** Waits up to {@code ms} for news the page sent since {@code mark}. */
    synchronized void awaitSince(long mark, long ms) {
        long until = System.nanoTime() + ms * 1_000_000;
        try {
            for (long left = ms; heard == mark && left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while waiting for a callback");
        }
    }
}
