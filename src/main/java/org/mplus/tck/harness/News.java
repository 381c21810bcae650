package org.mplus.tck.harness;

/**
 * News a page sends the kit the moment it happens (a callback recorded, the page out of work): a call's wait sleeps
 * until such news or its next deadline, instead of reading the page every few milliseconds. Each engine brings the
 * news in its own way (Chromium: a DevTools binding; the remote runner: a request of its own).
 */
public class News {

    /** How much news the page has sent: a wait started after a look ends at once when this moved since. */
    private long heard;

    /** One piece of news has come. */
    public synchronized void heard() {
        heard++;
        notifyAll();
    }

    /** A mark to wait from: take it before looking at the page, so that news sent during the look is not missed. */
    public synchronized long mark() {
        return heard;
    }

    /** Waits up to {@code ms} for news the page sent since {@code mark}. */
    public synchronized void awaitSince(long mark, long ms) {
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
