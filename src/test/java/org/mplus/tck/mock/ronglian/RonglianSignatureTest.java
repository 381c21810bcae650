package org.mplus.tck.mock.ronglian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The signing rules, against values computed with md5sum and base64 as the vendor's docs describe. */
class RonglianSignatureTest {

    static final String SID = "aaf98f8952f7367a0153084e29b80d9c";
    static final String TOKEN = "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b";

    @Test
    void sigAndAuthorizationMatchMd5sumAndBase64() {
        Instant at = LocalDateTime.of(2024, 1, 1, 12, 0).atZone(RonglianSignature.VENDOR_ZONE).toInstant();
        RonglianSignature s = RonglianSignature.sign(SID, TOKEN, at);
        assertEquals("20240101120000", s.timestamp());
        // echo -n "${SID}${TOKEN}20240101120000" | md5sum
        assertEquals("1E93EB95C5E5B24302D15FFE0FFFB818", s.sig());
        // echo -n "${SID}:20240101120000" | base64 -w0
        assertEquals("YWFmOThmODk1MmY3MzY3YTAxNTMwODRlMjliODBkOWM6MjAyNDAxMDExMjAwMDA=", s.authorization());
    }

    @Test
    void freshMeansARealDateWithin24HoursEitherWay() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String ts = RonglianSignature.TIMESTAMP.format(now.atZone(RonglianSignature.VENDOR_ZONE));
        assertTrue(RonglianSignature.isFresh(ts, now.plus(Duration.ofHours(24))));
        assertFalse(RonglianSignature.isFresh(ts, now.plus(Duration.ofHours(24).plusSeconds(1))));
        assertFalse(RonglianSignature.isFresh(ts, now.minus(Duration.ofHours(24).plusSeconds(1))));
        assertFalse(RonglianSignature.isFresh("20240230120000", now), "no 30 February");
        assertFalse(RonglianSignature.isFresh("2024010112000", now), "13 digits");
        assertFalse(RonglianSignature.isFresh("2024-01-01 12:00", now));
    }
}
