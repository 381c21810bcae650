package org.mplus.tck.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A JVM for StallMeterTest to freeze: it watches a call with the timeout given in ms, as an engine does, and prints
 * after how long it found the call past its deadline, and the stalls it measured meanwhile.
 */
final class StallProbe {

    private StallProbe() {
    }

    public static void main(String[] args) {
        CallWatch watch = new CallWatch(new AtomicInteger(), new ArrayList<>(), Duration.ofMillis(Long.parseLong(args[0])));
        StallMeter.Mark stalls = StallMeter.jvm().mark();
        System.out.println("watching");
        System.out.flush();
        while (!watch.pastDeadline()) {
            LockSupport.parkNanos(1_000_000);
        }
        System.out.println(watch.elapsedMs() + " " + stalls.millis());
    }
}
