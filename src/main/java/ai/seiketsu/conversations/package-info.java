/**
 * Conversations: the record of calls and text sessions between a caller and a voice agent, with their turns and
 * the timings of each turn, the outcome, the lead and appointments they produced, and the recording (kept through
 * a {@link ai.seiketsu.conversations.RecordingStore}). Not the voice pipeline and not the brain: those write here
 * through {@link ai.seiketsu.conversations.Conversations}. Voice agents, leads and appointments are referred to by
 * id, so this module depends on none of them; {@code identity} is used only for {@code Team.currentActor()}, who
 * the audit log names for a recording download or deletion.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "identity" })
package ai.seiketsu.conversations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
