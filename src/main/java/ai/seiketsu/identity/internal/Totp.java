package ai.seiketsu.identity.internal;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords, RFC 6238 with the parameters every authenticator app understands: HMAC-SHA1,
 * 6 digits, 30-second steps, 160-bit secrets from {@link SecureRandom} (RFC 4226 §4 recommends 160 bits).
 * A code is accepted for the current step and one step either side (RFC 6238 §5.2: at most one step of network
 * delay), and only for a step after the last one accepted, so that each code works once (ASVS 6.5.1).
 * <p>
 * The HOTP core is written here rather than taken from a library: the usual Java TOTP libraries verify to a
 * yes or no and cannot say which time step matched, which replay protection needs (docs/dependencies.md).
 */
@Component
class Totp {

    static final int DIGITS = 6;
    static final Duration STEP = Duration.ofSeconds(30);
    static final int WINDOW = 1;
    static final int SECRET_BYTES = 20;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator apps take it: base32, upper case, without padding (160 bits: 32 characters). */
    static String base32(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    /** The Key URI Format URI that authenticator apps read from a QR code. */
    static String otpauthUri(String issuer, String account, byte[] secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The time step an instant falls in (RFC 6238 T, with T0 = 0). */
    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** HOTP (RFC 4226 §5.3): HMAC-SHA1 of the counter, dynamically truncated to {@code digits} decimal digits. */
    static String hotp(byte[] secret, long counter, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** The 6-digit code for a time step. */
    static String code(byte[] secret, long step) {
        return hotp(secret, step, DIGITS);
    }

    /**
     * The time step a code matches, if it is the code of the current step or one either side, and that step is
     * after {@code lastAcceptedStep} (a code already used, or older than one used, is refused). Every step in the
     * window is compared, in constant time, whatever matched first.
     */
    OptionalLong verify(byte[] secret, String code, long lastAcceptedStep) {
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long now = stepAt(clock.instant());
        long matched = Long.MIN_VALUE;
        for (long step = now - WINDOW; step <= now + WINDOW; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (equal && step > lastAcceptedStep && matched == Long.MIN_VALUE) {
                matched = step;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
