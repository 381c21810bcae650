package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The mock records a message as accepted before its answer leaves: a loaded run that reads the mock as soon as the
 * page heard success must find the delivery there, and its time before the answer's. (Were it recorded after the
 * answer was written, a kit stalled at the wrong moment would see success before the vendor accepted.)
 */
class AcceptedBeforeAnsweredTest extends SharedMock {

    private static final int DELAY_MS = 400;

    private static void recordedWhileTheAnswerIsStillOnItsWay(String vendor, Supplier<Http.Answer> send) {
        server.faults().add(Fault.latency(vendor, DELAY_MS));
        CompletableFuture<Http.Answer> answer = CompletableFuture.supplyAsync(send);
        boolean seenBeforeTheAnswer = false;
        while (!answer.isDone()) {
            if (!server.deliveries().isEmpty() && !answer.isDone()) {
                seenBeforeTheAnswer = true;
                break;
            }
            LockSupport.parkNanos(1_000_000);
        }
        Http.Answer a = answer.join();
        Instant answered = Instant.now();
        assertEquals(200, a.status(), a.body());
        assertTrue(seenBeforeTheAnswer, vendor + ": the delivery was not in the mock before its answer arrived");
        List<Delivery> delivered = server.deliveries();
        assertEquals(1, delivered.size(), delivered.toString());
        assertFalse(delivered.get(0).at().plusMillis(DELAY_MS).isAfter(answered),
                vendor + ": accepted at " + delivered.get(0).at() + ", answered " + answered);
        assertEquals(1, server.vendorRequests().stream().filter(VendorRequest::accepted).count(),
                "the request log has it too: " + server.vendorRequests());
    }

    @Test
    void ronglianRecordsThePushBeforeItsDelayedAnswer() {
        recordedWhileTheAnswerIsStillOnItsWay("ronglian",
                () -> new RonglianCall(server).body(RonglianCall.push("1", List.of(Demo.LISI), "先记下再应答")).send());
    }

    @Test
    void xianweiRecordsTheMessageBeforeItsDelayedAnswer() {
        recordedWhileTheAnswerIsStillOnItsWay("xianwei",
                () -> new XianweiCall(server).body(XianweiCall.message("single", Demo.LISI, "先记下再应答")).send());
    }
}
