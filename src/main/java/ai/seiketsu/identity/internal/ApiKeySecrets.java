package ai.seiketsu.identity.internal;

import java.security.SecureRandom;

/**
 * API key secrets: {@code sk_} followed by 256 random bits from {@link SecureRandom} (base64url). A secret of
 * that strength needs no slow hash (ASVS 5 6.5.2 by analogy): SHA-256 is stored and looked up.
 */
public final class ApiKeySecrets {

    public static final String PREFIX = "sk_";

    private ApiKeySecrets() {
    }

    public static String generate() {
        return OpaqueTokens.generate(PREFIX);
    }

    /** What may be shown later to tell keys apart: the first 8 characters after {@code sk_}. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 8));
    }

    public static byte[] hash(String secret) {
        return OpaqueTokens.sha256(secret);
    }
}
