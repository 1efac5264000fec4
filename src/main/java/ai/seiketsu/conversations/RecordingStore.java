package ai.seiketsu.conversations;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/**
 * Where recordings' audio lives: on local disk by default, S3-compatible storage later, behind this interface. The
 * database keeps only the key a store answers, so a store can be swapped for new recordings without a migration.
 */
public interface RecordingStore {

    /**
     * Stores the audio of a conversation, replacing what it had, and answers where it is and how many bytes it
     * took. Streams: a recording is never held in memory whole.
     */
    Stored save(TenantId tenant, UUID conversationId, InputStream audio) throws IOException;

    /** The audio under {@code key}; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Deletes the audio under {@code key}; nothing happens when it is already gone. */
    void delete(String key) throws IOException;

    /** A stored recording: its key and size in bytes. */
    record Stored(String key, long sizeBytes) {
    }
}
