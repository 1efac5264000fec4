package ai.seiketsu.agents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The configured AI persona that talks to a tenant's callers (not a team member with role AGENT).
 *
 * @param persona                 who the agent is and what it knows to do, in the agency's words
 * @param tone                    how it speaks, e.g. "warm and professional"
 * @param language                {@code en} or {@code es}
 * @param recordingEnabled        whether calls are recorded; then {@code recordingDisclosure} is said first
 * @param endOfTurnSilenceMs      silence after which the caller's turn is taken as finished
 * @param interruptionSensitivity {@code LOW}, {@code MEDIUM} or {@code HIGH}: how readily caller speech stops it
 * @param businessHours           weekly opening hours by day ({@code MONDAY}...), in {@code timeZone}; days not
 *                                listed are closed; null when the agent always answers
 * @param afterHoursMessage       what it says outside business hours
 * @param transferNumber          where a caller who asks for a human is transferred (E.164), or null
 * @param phoneNumber             the number that reaches this agent (E.164, unique on the platform), or null
 * @param dialogue                how its dialogue runs: mode, facts it asks for, what it knows, what it books
 */
public record VoiceAgent(UUID id, String name, String persona, String tone, String language, String greeting,
        boolean recordingEnabled, String recordingDisclosure, Voice voice, int endOfTurnSilenceMs,
        String interruptionSensitivity, @Nullable Map<String, List<OpeningHours>> businessHours, String timeZone,
        String afterHoursMessage, @Nullable String transferNumber, @Nullable String phoneNumber,
        DialogueSettings dialogue, Instant createdAt, Instant updatedAt) {

    /** An agent with the {@linkplain DialogueSettings#DEFAULTS default dialogue settings}, as every agent had before. */
    public VoiceAgent(UUID id, String name, String persona, String tone, String language, String greeting,
            boolean recordingEnabled, String recordingDisclosure, Voice voice, int endOfTurnSilenceMs,
            String interruptionSensitivity, @Nullable Map<String, List<OpeningHours>> businessHours, String timeZone,
            String afterHoursMessage, @Nullable String transferNumber, @Nullable String phoneNumber, Instant createdAt,
            Instant updatedAt) {
        this(id, name, persona, tone, language, greeting, recordingEnabled, recordingDisclosure, voice,
                endOfTurnSilenceMs, interruptionSensitivity, businessHours, timeZone, afterHoursMessage, transferNumber,
                phoneNumber, DialogueSettings.DEFAULTS, createdAt, updatedAt);
    }

    /** The agent's speaking voice: engine ({@code EMBEDDED} or {@code ELEVENLABS}), the engine's voice id, speed. */
    public record Voice(String engine, String voiceId, double speed) {
    }

    /** One opening interval of a day, {@code HH:mm} to {@code HH:mm} ({@code 24:00} for midnight at the end). */
    public record OpeningHours(String open, String close) {
    }
}
