package ai.seiketsu.identity;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTests {

    private static final Passwords passwords = new Passwords(Path.of("target", "test-data"));

    @Test
    void hashesWithArgon2idAtAsvsParameters() {
        PasswordHash hash = passwords.hash("a long pass phrase");
        assertThat(hash.encoded()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwords.matches("a long pass phrase", hash)).isTrue();
        assertThat(passwords.matches("a long pass phrasE", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(passwords.hash("same password").encoded()).isNotEqualTo(passwords.hash("same password").encoded());
    }

    @Test
    void verifiesHashesOfTheJavaImplementationAndItsOwnAlike() {
        String javaHash = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2).encode("interoperable");
        assertThat(passwords.matches("interoperable", new PasswordHash("{argon2}" + javaHash))).isTrue();
        String ownHash = passwords.hash("interoperable").encoded().substring("{argon2}".length());
        assertThat(new Argon2PasswordEncoder(16, 32, 1, 19_456, 2).matches("interoperable", ownHash)).isTrue();
    }

    @Test
    void acceptsEightToOneHundredTwentyEightCharactersWithoutCompositionRules() {
        assertThat(passwords.check("password", "1234567")).hasSize(1);
        assertThat(passwords.check("password", "abcdefgh")).isEmpty();
        assertThat(passwords.check("password", "all lowercase words are fine here")).isEmpty();
        assertThat(passwords.check("password", "x".repeat(128))).isEmpty();
        assertThat(passwords.check("password", "x".repeat(129))).hasSize(1);
    }

    @Test
    void refusesTheTenThousandMostCommonPasswordsWhateverTheirCase() {
        assertThat(passwords.check("password", "password")).hasSize(1);
        assertThat(passwords.check("password", "Baseball1")).hasSize(1);
        assertThat(passwords.check("password", "lighthouse keeper")).isEmpty();
        assertThat(passwords.check("password", "IloveYou1")).hasSize(1);
        assertThat(passwords.check("password", "qwertyuiop").getFirst().message()).contains("most common");
        assertThat(passwords.check("password", "orange kettle drums")).isEmpty();
    }

    @Test
    void twoPasswordsSharingA72BytePrefixDoNotBothVerify() {
        String prefix = "p".repeat(72);
        PasswordHash hash = passwords.hash(prefix + "-first");
        assertThat(passwords.matches(prefix + "-first", hash)).isTrue();
        assertThat(passwords.matches(prefix + "-second", hash)).isFalse();
        assertThat(passwords.matches(prefix, hash)).isFalse();
    }

    @Test
    void countsCharactersNotBytesAndVerifiesLongMultibytePasswordsExactly() {
        String sixtyFourEmoji = "🏠".repeat(64);
        assertThat(passwords.check("password", sixtyFourEmoji)).isEmpty();
        PasswordHash hash = passwords.hash(sixtyFourEmoji);
        assertThat(passwords.matches(sixtyFourEmoji, hash)).isTrue();
        assertThat(passwords.matches("🏠".repeat(63) + "🏡", hash)).as("no truncation").isFalse();
    }
}
