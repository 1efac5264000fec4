package ai.seiketsu.voice.internal.session;

import java.time.Duration;

import ai.seiketsu.pipeline.TurnTiming;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Turn timings as Micrometer histograms ({@code seiketsu.voice.turn.*}), tagged by the speech engines that
 * produced them, never by tenant (tenant ids would make unbounded series). {@code processing} is
 * {@code response − endpoint}: what the platform adds on top of waiting for the caller to finish.
 */
final class TurnMetricsRecorder {

    private final Timer endpoint;
    private final Timer stt;
    private final Timer think;
    private final Timer ttsFirstAudio;
    private final Timer response;
    private final Timer processing;

    TurnMetricsRecorder(MeterRegistry registry, String sttEngine, String ttsEngine) {
        this.endpoint = timer(registry, "endpoint", sttEngine, ttsEngine);
        this.stt = timer(registry, "stt", sttEngine, ttsEngine);
        this.think = timer(registry, "think", sttEngine, ttsEngine);
        this.ttsFirstAudio = timer(registry, "tts.first.audio", sttEngine, ttsEngine);
        this.response = timer(registry, "response", sttEngine, ttsEngine);
        this.processing = timer(registry, "processing", sttEngine, ttsEngine);
    }

    private static Timer timer(MeterRegistry registry, String name, String sttEngine, String ttsEngine) {
        return Timer.builder("seiketsu.voice.turn." + name).tag("stt", sttEngine).tag("tts", ttsEngine)
                .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(1_500), Duration.ofSeconds(2))
                .register(registry);
    }

    void record(TurnTiming timing) {
        if (!timing.answersCaller()) {
            return;
        }
        endpoint.record(Duration.ofMillis(timing.endpointMillis()));
        stt.record(Duration.ofMillis(timing.sttMillis()));
        think.record(Duration.ofMillis(timing.thinkMillis()));
        ttsFirstAudio.record(Duration.ofMillis(timing.ttsFirstAudioMillis()));
        response.record(Duration.ofMillis(timing.responseMillis()));
        processing.record(Duration.ofMillis(Math.max(0, timing.responseMillis() - timing.endpointMillis())));
    }
}
