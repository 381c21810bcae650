package org.mplus.tck.mock.ronglian;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * 容联云 request signing (fact): {@code sig} = MD5 hex of id + token + timestamp, upper case as documented
 * (compared case-insensitively); {@code Authorization} = Base64 of {@code id:timestamp}; timestamp
 * {@code yyyyMMddHHmmss}, valid 24 h. Clients (tests, the harness) sign with the same class.
 */
public record RonglianSignature(String id, String timestamp, String sig, String authorization) {

    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The vendor is in China; the 24 h window absorbs any client time zone. */
    public static final ZoneId VENDOR_ZONE = ZoneId.of("Asia/Shanghai");
    public static final Duration VALIDITY = Duration.ofHours(24);

    /** Signs a request for {@code id} (accountSid or appId) with {@code token} at {@code at}. */
    public static RonglianSignature sign(String id, String token, Instant at) {
        String timestamp = TIMESTAMP.format(at.atZone(VENDOR_ZONE));
        return new RonglianSignature(id, timestamp, sig(id, token, timestamp), authorization(id, timestamp));
    }

    public static RonglianSignature sign(String id, String token) {
        return sign(id, token, Instant.now());
    }

    /** MD5 hex, upper case, of id + token + timestamp. */
    public static String sig(String id, String token, String timestamp) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((id + token + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    public static String authorization(String id, String timestamp) {
        return Base64.getEncoder().encodeToString((id + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
    }

    /** The instant a timestamp names, if it is a real yyyyMMddHHmmss date. */
    public static Optional<Instant> parseTimestamp(String timestamp) {
        try {
            return Optional.of(LocalDateTime.parse(timestamp, TIMESTAMP).atZone(VENDOR_ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the timestamp is a real date no more than 24 h before or after {@code now}. */
    public static boolean isFresh(String timestamp, Instant now) {
        return parseTimestamp(timestamp)
                .map(t -> Duration.between(t, now).abs().compareTo(VALIDITY) <= 0)
                .orElse(false);
    }
}
