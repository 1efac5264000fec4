package ai.seiketsu.conversations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import ai.seiketsu.conversations.RecordingStore;
import ai.seiketsu.shared.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recordings on local disk under {@code <data>/recordings/<tenant>/<conversation>}, the default that needs no cloud
 * account. The key is the path relative to that folder; a key is checked to stay inside it before it is used, so a
 * damaged row can never make the store read or delete another file.
 */
@Component
class LocalDiskRecordingStore implements RecordingStore {

    private final Path root;

    LocalDiskRecordingStore(@Value("${seiketsu.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("recordings").toAbsolutePath().normalize();
    }

    /** Writes to a temporary file first and moves it into place, so a failed upload never replaces a recording. */
    @Override
    public Stored save(TenantId tenant, UUID conversationId, InputStream audio) throws IOException {
        String key = tenant + "/" + conversationId;
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), conversationId.toString(), ".part");
        try {
            long size = Files.copy(audio, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, size);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("recording key outside the recordings folder");
        }
        return path;
    }
}
