package ai.seiketsu.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 codes, the ±1 step window, replay refusal, secrets and URIs. */
class TotpTests {

    /** RFC 6238 appendix B: the SHA1 rows (8 digits, the ASCII seed "12345678901234567890"). */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long epochSeconds, String expected) {
        byte[] seed = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));

        assertThat(Totp.hotp(seed, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcValues() {
        byte[] seed = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.code(seed, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideButNotTwo() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.parse("2026-05-01T12:00:10Z");
        Totp totp = at(now);
        long step = Totp.stepAt(now);

        assertThat(totp.verify(secret, Totp.code(secret, step), Long.MIN_VALUE)).hasValue(step);
        assertThat(totp.verify(secret, Totp.code(secret, step - 1), Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(totp.verify(secret, Totp.code(secret, step + 1), Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(totp.verify(secret, Totp.code(secret, step - 2), Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(secret, Totp.code(secret, step + 2), Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesACodeAtOrBeforeTheLastAcceptedStep() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.parse("2026-05-01T12:00:10Z");
        Totp totp = at(now);
        long step = Totp.stepAt(now);

        assertThat(totp.verify(secret, Totp.code(secret, step), step)).as("the same code again").isEmpty();
        assertThat(totp.verify(secret, Totp.code(secret, step - 1), step)).as("an older one").isEmpty();
        assertThat(totp.verify(secret, Totp.code(secret, step + 1), step)).as("the next one").hasValue(step + 1);
    }

    @Test
    void aCodeStopsWorkingOnceItsStepLeavesTheWindow() {
        byte[] secret = Totp.newSecret();
        Instant issued = Instant.parse("2026-05-01T12:00:00Z");
        String code = Totp.code(secret, Totp.stepAt(issued));

        assertThat(at(issued.plusSeconds(59)).verify(secret, code, Long.MIN_VALUE)).isPresent();
        assertThat(at(issued.plusSeconds(60)).verify(secret, code, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesAnythingThatIsNotSixDigits() {
        byte[] secret = Totp.newSecret();
        Totp totp = at(Instant.parse("2026-05-01T12:00:00Z"));
        String code = Totp.code(secret, Totp.stepAt(Instant.parse("2026-05-01T12:00:00Z")));

        assertThat(totp.verify(secret, code + "0", Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(secret, code.substring(1), Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(secret, "12a456", Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void secretsAre160RandomBitsInUnpaddedBase32() {
        byte[] first = Totp.newSecret();
        byte[] second = Totp.newSecret();
        String encoded = Totp.base32(first);

        assertThat(first).hasSize(20).isNotEqualTo(second);
        assertThat(encoded).hasSize(32).matches("[A-Z2-7]+");
        assertThat(new Base32().decode(encoded)).isEqualTo(first);
    }

    @Test
    void theOtpauthUriNamesIssuerAccountAndParameters() {
        byte[] secret = Totp.newSecret();
        String uri = Totp.otpauthUri("Seiketsu", "olivia+1@sunrise.example", secret);

        assertThat(uri).isEqualTo("otpauth://totp/Seiketsu:olivia%2B1%40sunrise.example?secret="
                + Totp.base32(secret) + "&issuer=Seiketsu&algorithm=SHA1&digits=6&period=30");
    }

    private static Totp at(Instant now) {
        return new Totp(Clock.fixed(now, ZoneOffset.UTC));
    }
}
