package ai.seiketsu.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ai.seiketsu.identity.internal.NativeArgon2Encoder;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password rules and hashing. Argon2id with explicit parameters meeting OWASP ASVS 5 (appendix C: t=2 needs at
 * least 19 MiB): 19 MiB memory, 2 iterations, 1 lane, 16-byte salt, 32-byte hash. Stored with an
 * {@code {argon2}} prefix so parameters or algorithms can be upgraded later without breaking old hashes. The
 * reference C implementation is used where it loads ({@link NativeArgon2Encoder}), the pure-Java one elsewhere.
 * Passwords are 8–128 characters, without composition rules, not among the 10,000 most common (shipped as
 * data), and verified exactly as typed.
 */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

    private final PasswordEncoder encoder;
    private final Set<String> common;

    Passwords(@Value("${seiketsu.data-dir}") Path dataDir) {
        PasswordEncoder argon2 = NativeArgon2Encoder.load(dataDir, MEMORY_KIB, ITERATIONS)
                .orElseGet(() -> new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS));
        this.encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        this.common = loadCommonPasswords();
    }

    public PasswordHash hash(String password) {
        return new PasswordHash(encoder.encode(password));
    }

    public boolean matches(String password, PasswordHash hash) {
        return encoder.matches(password, hash.encoded());
    }

    /** What is wrong with a proposed password, under the given JSON field name; empty when acceptable. */
    public List<FieldViolation> check(String field, String password) {
        List<FieldViolation> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            violations.add(new FieldViolation(field, "must be " + MIN_LENGTH + "-" + MAX_LENGTH
                    + " characters (15 or more recommended)"));
        } else if (common.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add(new FieldViolation(field, "is one of the most common passwords; a phrase of several "
                    + "words is easier to remember and much harder to guess"));
        }
        return violations;
    }

    private static Set<String> loadCommonPasswords() {
        try (var in = new ClassPathResource(COMMON_PASSWORDS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the build", e);
        }
    }
}
