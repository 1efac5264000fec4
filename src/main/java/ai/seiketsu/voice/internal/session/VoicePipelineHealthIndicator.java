package ai.seiketsu.voice.internal.session;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code voicePipeline}: which voice-activity detector calls use (Silero behind the energy
 * gate, or energy alone when Silero is switched off or could not load) and how caller speech over the agent is
 * judged.
 */
@Component("voicePipeline")
class VoicePipelineHealthIndicator implements HealthIndicator {

    private final PipelineCallFactory calls;
    private final PipelineSettings settings;

    VoicePipelineHealthIndicator(PipelineCallFactory calls, PipelineSettings settings) {
        this.calls = calls;
        this.settings = settings;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("vad", calls.voiceActivity())
                .withDetail("bargeInVoiceMs", settings.bargeInVoice().toMillis())
                .withDetail("frameMs", settings.frame().toMillis())
                .build();
    }
}
