/**
 * The embedded speech engines of a call and their cache: FreeTTS for speech ({@link
 * ai.seiketsu.voice.engines.FreeTtsTextToSpeech}), CMU Sphinx4 for recognition ({@link
 * ai.seiketsu.voice.engines.Sphinx4SpeechToText}), the TTS audio cache ({@link
 * ai.seiketsu.voice.engines.CachingTextToSpeech}), and {@link ai.seiketsu.voice.engines.SpeechEngines}, where a
 * call session gets the engines for its agent's voice.
 */
@NullMarked
package ai.seiketsu.voice.engines;

import org.jspecify.annotations.NullMarked;
