/**
 * Audio utilities of the voice pipeline, free of Spring and of any other Seiketsu package: PCM 16-bit
 * conversions ({@link ai.seiketsu.pipeline.audio.Pcm16}), sample-rate conversion
 * ({@link ai.seiketsu.pipeline.audio.Resampler}), G.711 μ-law for telephony ({@link ai.seiketsu.pipeline.audio.MuLaw}),
 * WAV files ({@link ai.seiketsu.pipeline.audio.Wav}) and voice activity detection
 * ({@link ai.seiketsu.pipeline.audio.VoiceActivityDetector} and its implementations, turned into speaking / not
 * speaking by {@link ai.seiketsu.pipeline.audio.VadAnalyzer}).
 *
 * <p>All audio here is mono, signed 16-bit PCM held in {@code short[]}; bytes on the wire are little-endian.
 */
@NullMarked
package ai.seiketsu.pipeline.audio;

import org.jspecify.annotations.NullMarked;
