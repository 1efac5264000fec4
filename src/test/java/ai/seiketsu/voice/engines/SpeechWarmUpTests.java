package ai.seiketsu.voice.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ai.seiketsu.support.IntegrationTest;

/** The first callers do not wait for a model to load: every recogniser is built once the application is ready. */
@IntegrationTest
class SpeechWarmUpTests {

    @Autowired
    SpeechEngines engines;

    @Test
    void everyRecogniserIsLoadedSoonAfterStart() {
        Sphinx4SpeechToText stt = engines.sphinx4();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(stt.decodersLoaded()).isEqualTo(stt.decoders()));
        assertThat(engines.freeTts().allocated()).isPositive();
    }
}
