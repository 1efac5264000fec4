package ai.seiketsu.voice.engines;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health contributor {@code speech}: which engines run and how busy recognition is (details are shown only
 * where the management configuration shows details).
 */
class SpeechHealthIndicator implements HealthIndicator {

    private final SpeechEngines engines;

    SpeechHealthIndicator(SpeechEngines engines) {
        this.engines = engines;
    }

    @Override
    public Health health() {
        Sphinx4SpeechToText stt = engines.sphinx4();
        return Health.up()
                .withDetail("tts", FreeTtsTextToSpeech.ENGINE)
                .withDetail("ttsVoicesAllocated", engines.freeTts().allocated())
                .withDetail("stt", stt.engine())
                .withDetail("languageModel", stt.languageModel())
                .withDetail("decoders", stt.decoders())
                .withDetail("decodersLoaded", stt.decodersLoaded())
                .withDetail("queueDepth", stt.queueDepth())
                .build();
    }
}
