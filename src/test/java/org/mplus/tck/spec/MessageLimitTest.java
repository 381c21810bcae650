package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageLimitTest {

    @Test
    void ronglianCountsBytesOfUtf8AndTheProbeEndsExactlyOnTheLimit() {
        MessageLimit limit = Catalog.standard().vendors().get(1).messageLimit();
        String longest = limit.longestAccepted("完👋");
        assertEquals(2048, longest.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(longest.endsWith("完👋"));
        assertEquals(2049, limit.shortestRefused("完👋").getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void xianweiCountsCharactersSoAnEmojiAtTheEndPassesTheUtf16Boundary() {
        MessageLimit limit = Catalog.standard().vendors().get(0).messageLimit();
        String longest = limit.longestAccepted("完👋");
        assertEquals(4096, longest.codePointCount(0, longest.length()));
        assertEquals(4097, longest.length(), "one UTF-16 unit more than the limit: a bridge counting units cuts it");
    }

    @Test
    void aTailLongerThanTheLimitIsRefused() {
        MessageLimit tiny = new MessageLimit(2, MessageLimit.Unit.UTF8_BYTES);
        assertThrows(IllegalArgumentException.class, () -> tiny.longestAccepted("完"));
    }
}
