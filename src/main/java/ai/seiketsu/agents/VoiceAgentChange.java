package ai.seiketsu.agents;

import java.util.List;
import java.util.Map;

import ai.seiketsu.agents.VoiceAgent.OpeningHours;
import org.jspecify.annotations.Nullable;

/**
 * The fields a client sends to create or change a voice agent. Null leaves a field as it is (or at its default
 * on creation); an empty string clears {@code transferNumber} and {@code phoneNumber}, an empty object
 * {@code businessHours} (the agent then always answers). {@code dialogue} replaces the parts of the dialogue
 * settings it gives ({@link DialogueChange}).
 */
public record VoiceAgentChange(@Nullable String name, @Nullable String persona, @Nullable String tone,
        @Nullable String language, @Nullable String greeting, @Nullable Boolean recordingEnabled,
        @Nullable String recordingDisclosure, @Nullable VoiceChange voice, @Nullable Integer endOfTurnSilenceMs,
        @Nullable String interruptionSensitivity, @Nullable Map<String, List<OpeningHours>> businessHours,
        @Nullable String timeZone, @Nullable String afterHoursMessage, @Nullable String transferNumber,
        @Nullable String phoneNumber, @Nullable DialogueChange dialogue) {

    /** Any of the voice's fields. */
    public record VoiceChange(@Nullable String engine, @Nullable String voiceId, @Nullable Double speed) {
    }

    /** {@code current} with this change applied; not yet validated. */
    VoiceAgent applyTo(VoiceAgent current) {
        VoiceAgent.Voice v = current.voice();
        VoiceAgent.Voice changedVoice = voice == null ? v : new VoiceAgent.Voice(or(voice.engine(), v.engine()),
                or(voice.voiceId(), v.voiceId()), voice.speed() != null ? voice.speed() : v.speed());
        return new VoiceAgent(current.id(), or(name, current.name()), or(persona, current.persona()),
                or(tone, current.tone()), or(language, current.language()), or(greeting, current.greeting()),
                recordingEnabled != null ? recordingEnabled : current.recordingEnabled(),
                or(recordingDisclosure, current.recordingDisclosure()), changedVoice,
                endOfTurnSilenceMs != null ? endOfTurnSilenceMs : current.endOfTurnSilenceMs(),
                or(interruptionSensitivity, current.interruptionSensitivity()),
                businessHours == null ? current.businessHours() : businessHours.isEmpty() ? null : businessHours,
                or(timeZone, current.timeZone()), or(afterHoursMessage, current.afterHoursMessage()),
                clearable(transferNumber, current.transferNumber()), clearable(phoneNumber, current.phoneNumber()),
                dialogue == null ? current.dialogue() : dialogue.applyTo(current.dialogue()), current.createdAt(),
                current.updatedAt());
    }

    private static String or(@Nullable String value, String current) {
        return value != null ? value : current;
    }

    private static @Nullable String clearable(@Nullable String value, @Nullable String current) {
        return value == null ? current : value.isBlank() ? null : value.strip();
    }
}
