package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The lock-free log keeps the newest cap entries, in seq order, with no gap, whatever the threads do. */
class BoundedLogTest {

    @Test
    void concurrentAppendsKeepTheNewestCapInOrder() throws Exception {
        BoundedLog<Long> log = new BoundedLog<>(1000);
        int threads = 8;
        int each = 20_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < each; i++) {
                    log.append(seq -> seq);
                }
            });
            th.start();
            running.add(th);
        }
        go.countDown();
        for (Thread th : running) {
            th.join();
        }
        List<Long> kept = log.snapshot();
        assertEquals(1000, kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(threads * each - 999 + i, kept.get(i));
        }
        assertEquals(threads * each, log.lastSeq());
    }

    @Test
    void clearHidesWhatWasThereAndSeqGoesOn() {
        BoundedLog<Long> log = new BoundedLog<>(3);
        for (int i = 0; i < 5; i++) {
            log.append(seq -> seq);
        }
        assertEquals(List.of(3L, 4L, 5L), log.snapshot());
        log.clear();
        assertEquals(List.of(), log.snapshot());
        assertEquals(5, log.lastSeq());
        log.append(seq -> seq);
        assertEquals(List.of(6L), log.select(e -> true, 10));
        assertEquals(List.of(), log.select(e -> e < 6, 10));
    }
}
