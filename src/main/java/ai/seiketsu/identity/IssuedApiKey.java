package ai.seiketsu.identity;

import java.util.UUID;

/** A freshly issued API key. {@code secret} exists only here, once; the database keeps only its SHA-256. */
public record IssuedApiKey(UUID id, String prefix, String secret) {

    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", prefix=" + prefix + "]";
    }
}
