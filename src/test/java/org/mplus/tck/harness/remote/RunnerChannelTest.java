package org.mplus.tck.harness.remote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The kit's end of the runner's channel, with no page on the other end. */
class RunnerChannelTest {

    @Test
    void lettingGoWhenNoPageIsThereHasNobodyToTellAndDoesNotWait() {
        RunnerChannel channel = new RunnerChannel(e -> { }, "https://vendor.example/__tck/runner/probe");
        CompletableFuture<Void> told = channel.release("the run is over");
        assertTrue(told.isDone(), "no page to tell: the kit need not wait for it to hear");
        assertFalse(told.isCompletedExceptionally());
    }
}
