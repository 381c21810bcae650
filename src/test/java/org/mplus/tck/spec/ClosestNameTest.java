package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "did you mean": a slip gets the name it was meant to be, a different word gets nothing. */
class ClosestNameTest {

    private static final List<String> KEYS = List.of("bridge", "imTypes", "calls", "accounts", "expectedFailures");

    @Test
    void aSlipIsOneOrTwoEditsOrASwap() {
        assertEquals(Optional.of("imTypes"), ClosestName.to("imType", KEYS));
        assertEquals(Optional.of("imTypes"), ClosestName.to("imtypes", KEYS));
        assertEquals(Optional.of("expectedFailures"), ClosestName.to("expectedFialures", KEYS));
        assertEquals(Optional.of("expectedFailures"), ClosestName.to("expected_failure", KEYS));
        assertEquals(Optional.of("calls"), ClosestName.to("clals", KEYS));
    }

    @Test
    void aDifferentWordIsNoSlip() {
        assertEquals(Optional.empty(), ClosestName.to("vendor", KEYS));
        assertEquals(Optional.empty(), ClosestName.to("bridgeName", KEYS));
        assertEquals(Optional.empty(), ClosestName.to("x", KEYS));
    }

    @Test
    void theHintEndsAMessage() {
        assertEquals(": did you mean \"calls\"?", ClosestName.hint("call", KEYS));
        assertEquals("", ClosestName.hint("vendor", KEYS));
    }
}
