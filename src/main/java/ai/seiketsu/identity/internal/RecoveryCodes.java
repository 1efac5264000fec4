package ai.seiketsu.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes: the way in when the authenticator is lost. Ten per enrolment, each 10 base32 characters (50 random
 * bits) shown as two groups of five ({@code ABCDE-FGH23}), shown once and stored as SHA-256 (random codes of that
 * strength need no slow hash, and brute force at sign-in is limited elsewhere). Typed codes are compared without
 * the dash, spaces or case.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code as stored (upper case, no separators), if what was typed can be a recovery code at all. */
    static Optional<String> normalize(String typed) {
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(code) : Optional.empty();
    }

    static byte[] hash(String normalized) {
        return OpaqueTokens.sha256(normalized);
    }
}
