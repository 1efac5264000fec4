/**
 * Voice calls: the embedded speech engines and their cache, browser calls over WebSocket with their tickets, and
 * the call sessions that assemble a {@link ai.seiketsu.pipeline} per call, write the conversation and its turns
 * through {@code conversations} as the call goes, and record turn timings as metrics.
 *
 * <p>The module's API is the seam between a transport and the voice of a call: a transport (the browser's WebSocket,
 * later the phone) admits a call, starts its conversation, and asks a {@link ai.seiketsu.voice.CallFactory} for a
 * {@link ai.seiketsu.voice.Call}, which it drives from the wire and which speaks back through a
 * {@link ai.seiketsu.voice.CallOutput}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "identity", "agents", "conversations", "dialogue", "pipeline" })
package ai.seiketsu.voice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
