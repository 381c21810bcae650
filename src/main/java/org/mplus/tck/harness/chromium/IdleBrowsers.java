package org.mplus.tck.harness.chromium;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The Chromium processes of this JVM that no engine holds, kept for the next engine: starting one costs about 2 s of
 * CPU, opening a browser context in a kept one a few milliseconds. An engine holds a process alone (its DevTools
 * listeners are the connection's) and works in a browser context of its own, so nothing of an earlier engine's pages
 * (cookies, storage, HTTP cache) reaches it. The kept ones are quit when the JVM exits.
 */
final class IdleBrowsers {

    /** As many as a run's workers commonly are; more are quit at once. */
    private static final int KEPT = 4;
    private static final Deque<ChromiumProcess> IDLE = new ArrayDeque<>();
    private static boolean quitAtExit;

    private IdleBrowsers() {
    }

    /** A kept process of this browser, driver and switches, if there is one: it may have died while kept. */
    static Optional<ChromiumProcess> takeKept(Path browser, Path chromedriver, List<String> switches) {
        synchronized (IDLE) {
            for (Iterator<ChromiumProcess> it = IDLE.iterator(); it.hasNext(); ) {
                ChromiumProcess process = it.next();
                if (process.is(browser, chromedriver, switches)) {
                    it.remove();
                    return Optional.of(process);
                }
            }
        }
        return Optional.empty();
    }

    /** Keeps a process whose engine left nothing open in it; quits it if enough are kept. */
    static void giveBack(ChromiumProcess process) {
        synchronized (IDLE) {
            if (IDLE.size() < KEPT) {
                IDLE.push(process);
                if (!quitAtExit) {
                    Runtime.getRuntime().addShutdownHook(new Thread(IdleBrowsers::quitAll, "quit idle Chromium"));
                    quitAtExit = true;
                }
                return;
            }
        }
        process.quit();
    }

    /** How many are kept now. */
    static int idle() {
        synchronized (IDLE) {
            return IDLE.size();
        }
    }

    private static void quitAll() {
        List<ChromiumProcess> kept;
        synchronized (IDLE) {
            kept = new ArrayList<>(IDLE);
            IDLE.clear();
        }
        kept.parallelStream().forEach(ChromiumProcess::quit);
    }
}
