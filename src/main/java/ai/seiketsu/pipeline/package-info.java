/**
 * The voice pipeline core: frames, processors, audio, voice activity; no Spring, no tenant code.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ai.seiketsu.pipeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
