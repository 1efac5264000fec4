package ai.seiketsu.conversations;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One utterance of the caller or of the agent, with the timings product.md defines ("Turn timings"), measured on
 * the server clock by the voice pipeline for an agent turn that answers a caller turn. A timing is null where the
 * stage did not run (caller turns, text channels, a reply served from the cache has no {@code thinkMs}...).
 *
 * @param interrupted     the caller spoke over the agent; {@code text} then holds only what the caller heard
 * @param cacheHit        the agent's speech came from the TTS cache
 * @param endpointMs      caller's last voiced audio frame → end-of-turn decision
 * @param sttMs           last voiced frame → final transcript
 * @param thinkMs         end-of-turn decision → first reply sentence ready
 * @param ttsFirstAudioMs first sentence ready → its first audio frame ready
 * @param responseMs      caller's last voiced frame → first agent audio frame sent (what the caller waits)
 */
public record Turn(TurnRole role, String text, Instant startedAt, boolean interrupted, boolean cacheHit,
        @Nullable Integer endpointMs, @Nullable Integer sttMs, @Nullable Integer thinkMs,
        @Nullable Integer ttsFirstAudioMs, @Nullable Integer responseMs) {

    public Turn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A caller's turn: text and when it began, no timings. */
    public static Turn caller(String text, Instant startedAt) {
        return new Turn(TurnRole.CALLER, text, startedAt, false, false, null, null, null, null, null);
    }
}
