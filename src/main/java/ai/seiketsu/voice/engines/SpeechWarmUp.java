package ai.seiketsu.voice.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.pipeline.SpeechToText;
import ai.seiketsu.shared.TenantId;

/**
 * Loads the engines before the first call needs them: one short utterance of silence per recogniser, all at once
 * so every decoder thread builds its recogniser, and one sentence of synthesis. Runs on a background thread once
 * the application is ready; a failure is logged and the engines load on first use as before.
 */
@Component
class SpeechWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SpeechWarmUp.class);

    private final SpeechEngines engines;
    private final SpeechEngineProperties properties;

    SpeechWarmUp(SpeechEngines engines, SpeechEngineProperties properties) {
        this.engines = engines;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (properties.stt().warmUp()) {
            Thread.ofVirtual().name("speech-warm-up").start(this::run);
        }
    }

    private void run() {
        long started = System.nanoTime();
        try {
            engines.textToSpeech(TenantId.random(), new VoiceAgent.Voice("EMBEDDED", FreeTtsVoices.VOICE, 1.0))
                    .synthesize("Hello.", pcm -> {
                    });
            int decoders = engines.sphinx4().decoders();
            CountDownLatch finals = new CountDownLatch(decoders);
            SpeechToText.Listener listener = new SpeechToText.Listener() {
                @Override
                public void partial(String text) {
                }

                @Override
                public void finalText(String text) {
                    finals.countDown();
                }

                @Override
                public void failed(Exception error) {
                    finals.countDown();
                }
            };
            List<SpeechToText.Stream> streams = new ArrayList<>();
            for (int i = 0; i < decoders; i++) {
                SpeechToText.Stream stream = engines.speechToText().open(listener);
                streams.add(stream);
                stream.write(new short[Sphinx4SpeechToText.SAMPLE_RATE / 2]);
                stream.endUtterance();
            }
            boolean ready = finals.await(60, TimeUnit.SECONDS);
            streams.forEach(SpeechToText.Stream::close);
            if (ready) {
                log.info("Speech engines ready in {} ms ({} recognisers)", (System.nanoTime() - started) / 1_000_000,
                        decoders);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            log.warn("Speech engines could not be warmed up; they load on first use", e);
        }
    }
}
