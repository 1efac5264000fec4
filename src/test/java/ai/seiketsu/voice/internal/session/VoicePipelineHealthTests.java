package ai.seiketsu.voice.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import ai.seiketsu.support.IntegrationTest;

@IntegrationTest
class VoicePipelineHealthTests {

    @Autowired
    VoicePipelineHealthIndicator health;

    @Test
    void reportsSileroBehindTheEnergyGateAsTheVoiceActivityDetector() {
        var reported = health.health();
        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(reported.getDetails()).containsEntry("vad", "silero+energy-gate")
                .containsEntry("bargeInVoiceMs", 200L);
    }
}
