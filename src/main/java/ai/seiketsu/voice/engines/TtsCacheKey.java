package ai.seiketsu.voice.engines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.TenantId;

/**
 * What makes two syntheses sound the same: the tenant's (audio is never shared between tenants), the engine and
 * voice, the speed, and the text as normalised by {@link CachingTextToSpeech}.
 */
record TtsCacheKey(TenantId tenant, String engine, String voice, double speed, String text) {

    /** The shared cache's key: {@code t:<tenant>:tts:<SHA-256 of the rest>}, short whatever the text's length. */
    CacheKey shared() {
        String identity = engine + '\n' + voice + '\n' + speed + '\n' + text;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return CacheKey.tenant(tenant, "tts", HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
