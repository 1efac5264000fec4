package ai.seiketsu.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.HKDFParameterSpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's root secret ({@code SEIKETSU_MASTER_KEY}, base64 of at least 32 bytes), generated into
 * {@code ./data/master.key} when absent. Nothing uses it directly: each purpose derives its own key with
 * HKDF-SHA256 ({@link #derive(String)}), so a token-signing key says nothing about an encryption key.
 */
@Component
public class MasterKey {

    static final String FILE = "master.key";

    private final byte[] root;

    MasterKey(@Value("${seiketsu.master-key:}") @Nullable String configured,
            @Value("${seiketsu.data-dir}") Path dataDir) {
        this.root = configured != null && !configured.isBlank() ? decode(configured) : fromDataDir(dataDir);
    }

    /** A 256-bit key for one purpose, e.g. {@code "jwt-signing/v1"}. */
    public SecretKey derive(String purpose) {
        try {
            KDF hkdf = KDF.getInstance("HKDF-SHA256");
            return hkdf.deriveKey("HmacSHA256", HKDFParameterSpec.ofExtract()
                    .addIKM(root)
                    .addSalt("seiketsu".getBytes(StandardCharsets.UTF_8))
                    .thenExpand(purpose.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF-SHA256 unavailable", e);
        }
    }

    private static byte[] decode(String configured) {
        byte[] key = Base64.getDecoder().decode(configured.strip());
        if (key.length < 32) {
            throw new IllegalStateException("SEIKETSU_MASTER_KEY must be base64 of at least 32 random bytes");
        }
        return key;
    }

    private static byte[] fromDataDir(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(dataDir);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's permissions apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }
}
