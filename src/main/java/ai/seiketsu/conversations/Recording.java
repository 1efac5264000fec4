package ai.seiketsu.conversations;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a conversation's recording; the audio itself is downloaded separately. Where it is stored
 * stays inside this module.
 *
 * @param durationMs null when the recorder did not say
 */
public record Recording(String contentType, long sizeBytes, @Nullable Long durationMs) {
}
