/**
 * Voice calls: the embedded speech engines and their cache, browser calls over WebSocket with their tickets, and
 * the call sessions that assemble a {@link ai.seiketsu.pipeline} per call, write the conversation and its turns
 * through {@code conversations} as the call goes, and record turn timings as metrics.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "identity", "agents", "conversations", "pipeline" })
package ai.seiketsu.voice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
