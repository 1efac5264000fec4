package ai.seiketsu.conversations;

import java.io.InputStream;

/** A recording's audio to stream to a client, with what the response's headers need; the receiver closes it. */
public record RecordingDownload(String contentType, long sizeBytes, InputStream audio) {
}
