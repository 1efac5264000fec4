package ai.seiketsu.identity.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id through the reference C implementation (argon2-jvm, which bundles it), about twice as fast as the
 * pure-Java one and without its garbage-collection tail: this is what lets provisioning stay under 100 ms at
 * p99. It writes and reads the standard PHC string ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), the
 * same format as Spring Security's {@code Argon2PasswordEncoder}, so either verifies the other's hashes.
 */
public final class NativeArgon2Encoder implements PasswordEncoder {

    private static final Logger log = LoggerFactory.getLogger(NativeArgon2Encoder.class);

    private final Argon2 argon2;
    private final int memoryKib;
    private final int iterations;

    private NativeArgon2Encoder(Argon2 argon2, int memoryKib, int iterations) {
        this.argon2 = argon2;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    /**
     * The native encoder, if the bundled library loads on this platform. JNA unpacks it into
     * {@code <data>/native}, since Seiketsu writes only under its data folder.
     */
    public static Optional<PasswordEncoder> load(Path dataDir, int memoryKib, int iterations) {
        try {
            if (System.getProperty("jna.tmpdir") == null) {
                Path nativeDir = Files.createDirectories(dataDir.resolve("native")).toAbsolutePath();
                System.setProperty("jna.tmpdir", nativeDir.toString());
            }
            Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
            NativeArgon2Encoder encoder = new NativeArgon2Encoder(argon2, memoryKib, iterations);
            encoder.matches("probe", encoder.encode("probe"));
            return Optional.of(encoder);
        } catch (Exception | LinkageError e) {
            log.warn("Native Argon2 unavailable ({}); using the pure-Java implementation", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return argon2.hash(iterations, memoryKib, 1, chars(rawPassword), StandardCharsets.UTF_8);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (encodedPassword == null || !encodedPassword.startsWith("$argon2")) {
            return false;
        }
        return argon2.verify(encodedPassword, chars(rawPassword), StandardCharsets.UTF_8);
    }

    private static char[] chars(CharSequence value) {
        char[] chars = new char[value.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = value.charAt(i);
        }
        return chars;
    }
}
