package ai.seiketsu.voice.engines;

import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.agents.VoiceAgent;

/**
 * What a voice agent says word for word, the same on every call, and so is synthesised ahead into the TTS cache
 * when the agent is saved. A call hits the cache only when it asks for exactly this text (up to white space):
 * speak each phrase with one synthesis, not sentence by sentence.
 */
public final class FixedPhrases {

    /** The agent's last words before it ends a call. */
    public static final String GOODBYE = "Thank you for calling. Goodbye!";

    private FixedPhrases() {
    }

    /**
     * The recording disclosure when the agent records, its greeting, its after-hours message when it has one, and
     * {@link #GOODBYE}.
     */
    public static List<String> of(VoiceAgent agent) {
        List<String> phrases = new ArrayList<>();
        if (agent.recordingEnabled() && !agent.recordingDisclosure().isBlank()) {
            phrases.add(agent.recordingDisclosure());
        }
        phrases.add(agent.greeting());
        if (!agent.afterHoursMessage().isBlank()) {
            phrases.add(agent.afterHoursMessage());
        }
        phrases.add(GOODBYE);
        return phrases;
    }
}
