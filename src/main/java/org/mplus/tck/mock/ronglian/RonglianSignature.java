package org.mplus.tck.mock.ronglian;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * 容联云 request signing (fact): {@code sig} = MD5 hex of id + token + timestamp, upper case as documented
 * (compared as hex digits in either case, nothing more); {@code Authorization} = Base64 of {@code id:timestamp}; timestamp
 * {@code yyyyMMddHHmmss}, valid 24 h. Clients (tests, the harness) sign with the same class.
 */
public record RonglianSignature(String id, String timestamp, String sig, String authorization) {

    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The vendor is in China; the 24 h window absorbs any client time zone. */
    public static final ZoneId VENDOR_ZONE = ZoneId.of("Asia/Shanghai");
    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final MessageDigest MD5;

    static {
        try {
            MD5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

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
        byte[] md5 = md5().digest((id + token + timestamp).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().withUpperCase().formatHex(md5);
    }

    // A copy of one MD5 prototype: MessageDigest.getInstance searches the providers on every call.
    private static MessageDigest md5() {
        try {
            return (MessageDigest) MD5.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JVM's MD5 cannot be copied", e);
        }
    }

    /**
     * Whether {@code given} is the sig {@code expected}: its 32 hex digits in either case, and nothing else (no
     * space, no NUL, no other letter that Unicode case folding would take for a hex digit).
     */
    public static boolean sameSig(String expected, String given) {
        if (given.length() != expected.length()) {
            return false;
        }
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            char lower = c >= 'A' && c <= 'F' ? (char) (c + ('a' - 'A')) : c;
            char want = Character.toLowerCase(expected.charAt(i));
            if (lower != want || !(c >= '0' && c <= '9' || lower >= 'a' && lower <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static String authorization(String id, String timestamp) {
        return Base64.getEncoder().encodeToString((id + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The instant a timestamp names, if it is 14 digits of a real yyyyMMddHHmmss date. Read by hand, not with
     * {@link #TIMESTAMP}: the mock reads one per signed request, and the formatter's parse costs as much as
     * the MD5.
     */
    public static Optional<Instant> parseTimestamp(String timestamp) {
        if (timestamp.length() != 14) {
            return Optional.empty();
        }
        for (int i = 0; i < 14; i++) {
            char c = timestamp.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDateTime.of(digits(timestamp, 0, 4), digits(timestamp, 4, 6),
                    digits(timestamp, 6, 8), digits(timestamp, 8, 10), digits(timestamp, 10, 12),
                    digits(timestamp, 12, 14)).atZone(VENDOR_ZONE).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digits(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    /** Whether the timestamp is a real date no more than 24 h before or after {@code now}. */
    public static boolean isFresh(String timestamp, Instant now) {
        return parseTimestamp(timestamp)
                .map(t -> Duration.between(t, now).abs().compareTo(VALIDITY) <= 0)
                .orElse(false);
    }
}
