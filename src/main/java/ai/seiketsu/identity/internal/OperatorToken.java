package ai.seiketsu.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The operator API's bearer token. From {@code SEIKETSU_OPERATOR_TOKEN} when set; otherwise generated at the
 * first start, printed once on standard output, and kept only as a SHA-256 hash under the data folder.
 */
@Component
class OperatorToken {

    static final String HASH_FILE = "operator-token.sha256";

    private final byte[] expectedHash;

    OperatorToken(@Value("${seiketsu.operator-token:}") @Nullable String configured,
            @Value("${seiketsu.data-dir}") Path dataDir) {
        this.expectedHash = configured != null && !configured.isBlank() ? sha256(configured) : fromDataDir(dataDir);
    }

    boolean matches(String presented) {
        return MessageDigest.isEqual(expectedHash, sha256(presented));
    }

    private static byte[] fromDataDir(Path dataDir) {
        Path file = dataDir.resolve(HASH_FILE);
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file).strip());
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = "op_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            byte[] hash = sha256(token);
            Files.createDirectories(dataDir);
            Files.writeString(file, HexFormat.of().formatHex(hash) + "\n");
            restrictToOwner(file);
            // Printed, not logged: shown once to whoever started the service, never shipped with the logs.
            System.out.println("""

                    ==========================================================================
                     Seiketsu operator token (shown once; store it now, only its hash is kept):
                     %s
                     Use it as: Authorization: Bearer <token>   on /api/v1/tenants
                    ==========================================================================
                    """.formatted(token));
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
