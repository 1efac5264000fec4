package ai.seiketsu.voice.internal.session;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.SpeechToText;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.pipeline.audio.EnergyVad;
import ai.seiketsu.pipeline.audio.GatedVad;
import ai.seiketsu.pipeline.audio.VadAnalyzer;
import ai.seiketsu.pipeline.audio.VoiceActivityDetector;
import ai.seiketsu.pipeline.processors.OutputPacer;
import ai.seiketsu.pipeline.processors.ResponderProcessor;
import ai.seiketsu.pipeline.Responder;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversation;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.pipeline.processors.SttProcessor;
import ai.seiketsu.pipeline.processors.TtsProcessor;
import ai.seiketsu.pipeline.processors.TurnTaking;
import ai.seiketsu.pipeline.processors.VadProcessor;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.voice.Call;
import ai.seiketsu.voice.CallContext;
import ai.seiketsu.voice.CallFactory;
import ai.seiketsu.voice.CallOutput;
import ai.seiketsu.voice.engines.SpeechEngines;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The real {@link CallFactory}: each call gets its own pipeline, voice activity → recognition → turn taking →
 * responder → synthesis → pacer, set up from the voice agent's settings (end-of-turn silence, interruption
 * sensitivity, voice) and the platform's speech engines.
 */
@Component
@EnableConfigurationProperties(PipelineSettings.class)
class PipelineCallFactory implements CallFactory {

    private static final Logger log = LoggerFactory.getLogger(PipelineCallFactory.class);
    private static final int AUDIO_RATE = 16_000;

    private final VoiceAgents agents;
    private final Conversations conversations;
    private final SpeechEngines engines;
    private final MeterRegistry meters;
    private final PipelineSettings settings;
    private final Dialogues dialogues;
    private volatile boolean sileroUsable = true;

    PipelineCallFactory(VoiceAgents agents, Conversations conversations, SpeechEngines engines, MeterRegistry meters,
            PipelineSettings settings, Dialogues dialogues) {
        this.dialogues = dialogues;
        this.agents = agents;
        this.conversations = conversations;
        this.engines = engines;
        this.meters = meters;
        this.settings = settings;
    }

    @Override
    public Call open(CallContext context, CallOutput output) {
        VoiceAgent agent = agents.find(context.agentId())
                .orElseThrow(() -> ProblemException.notFound("No voice agent " + context.agentId()));
        SpeechToText stt = engines.speechToText();
        TextToSpeech tts = engines.textToSpeech(context.tenant(), agent.voice());
        TurnMetricsRecorder metrics = new TurnMetricsRecorder(meters, stt.engine(), tts.engine());
        Channel channel = TenantContext.call(context.tenant(),
                () -> conversations.findWithoutTurns(context.conversationId())).map(Conversation::channel).orElse(Channel.WEB_VOICE);
        Responder responder = dialogues.responder(context.tenant(), context.conversationId(), agent.id(), channel);
        StageFactory stages = () -> List.<FrameProcessor>of(
                new VadProcessor(detector(), VadAnalyzer.Settings.DEFAULTS),
                new SttProcessor(stt),
                new TurnTaking(Duration.ofMillis(agent.endOfTurnSilenceMs()),
                        settings.bargeInFor(agent.interruptionSensitivity())),
                new ResponderProcessor(responder),
                new TtsProcessor(tts),
                new OutputPacer(AUDIO_RATE, settings.frame(), settings.lead(), 1.0));
        return new CallSession(context, output, conversations, metrics, stages);
    }

    /** The detector calls get now: {@code silero+energy-gate} or {@code energy}. */
    String voiceActivity() {
        return settings.silero() && sileroUsable ? "silero+energy-gate" : "energy";
    }

    /** Silero behind the energy gate; energy alone when Silero is switched off or cannot load here. */
    private VoiceActivityDetector detector() {
        if (settings.silero() && sileroUsable) {
            try {
                return GatedVad.withSilero();
            }
            catch (IllegalStateException | UnsatisfiedLinkError e) {
                sileroUsable = false;
                log.warn("Silero voice activity is not available ({}); calls use the energy detector", e.toString());
            }
        }
        return new EnergyVad();
    }
}
