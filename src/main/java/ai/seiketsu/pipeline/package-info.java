/**
 * The voice pipeline core: frames, processors, audio, voice activity, turn taking and the engine interfaces
 * ({@link ai.seiketsu.pipeline.SpeechToText}, {@link ai.seiketsu.pipeline.TextToSpeech},
 * {@link ai.seiketsu.pipeline.Responder}). No Spring and no tenant code: it can be read, tested and benchmarked
 * alone. The {@code voice} module builds call sessions out of it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ai.seiketsu.pipeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
