package ai.seiketsu.voice.engines;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.pipeline.SpeechToText;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a call gets its speech engines. Both are cheap to ask for and safe to use from several calls at once:
 *
 * <ul>
 * <li>{@link #textToSpeech} for the agent's voice, through the tenant's TTS cache. {@code synthesize} runs on
 * the caller's thread (a few milliseconds a sentence with FreeTTS, less from the cache) and stops, throwing
 * {@link InterruptedException}, when that thread is interrupted.</li>
 * <li>{@link #speechToText}: open one stream per call; decoding happens on the engine's decoder threads and finals
 * come back on the engine's threads.</li>
 * </ul>
 *
 * FreeTTS is the only embedded synthesiser: engines {@code EMBEDDED} (the agents' name for it) and
 * {@code freetts} with voice {@code default} or {@code kevin16}. Any other engine or voice (ElevenLabs has no
 * implementation yet) is spoken by FreeTTS's {@code kevin16}, with one warning per name.
 */
public class SpeechEngines {

    static final Set<String> FREETTS_ENGINES = Set.of("embedded", FreeTtsTextToSpeech.ENGINE);
    static final Set<String> FREETTS_VOICES = Set.of("default", FreeTtsVoices.VOICE);
    private static final Logger log = LoggerFactory.getLogger(SpeechEngines.class);

    private final FreeTtsVoices freeTts;
    private final TtsAudioCache cache;
    private final Sphinx4SpeechToText speechToText;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    SpeechEngines(FreeTtsVoices freeTts, TtsAudioCache cache, Sphinx4SpeechToText speechToText) {
        this.freeTts = freeTts;
        this.cache = cache;
        this.speechToText = speechToText;
    }

    /** The synthesiser of {@code voice} for {@code tenant}'s calls, answering from the tenant's cache. */
    public TextToSpeech textToSpeech(TenantId tenant, VoiceAgent.Voice voice) {
        if (!FREETTS_ENGINES.contains(voice.engine().toLowerCase(Locale.ROOT))) {
            warnOnce("TTS engine " + voice.engine() + " is not available here");
        } else if (!FREETTS_VOICES.contains(voice.voiceId())) {
            warnOnce("FreeTTS has no voice " + voice.voiceId());
        }
        return new CachingTextToSpeech(new FreeTtsTextToSpeech(freeTts, voice.speed()), cache, tenant,
                FreeTtsVoices.VOICE, voice.speed());
    }

    private void warnOnce(String problem) {
        if (warned.add(problem)) {
            log.warn("{}; FreeTTS {} speaks instead", problem, FreeTtsVoices.VOICE);
        }
    }

    /** The recogniser; open one {@link SpeechToText.Stream} per call. */
    public SpeechToText speechToText() {
        return speechToText;
    }

    Sphinx4SpeechToText sphinx4() {
        return speechToText;
    }

    FreeTtsVoices freeTts() {
        return freeTts;
    }
}
