package ai.seiketsu.voice.internal.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a call's pipeline listens and speaks ({@code seiketsu.voice.pipeline.*}).
 *
 * @param bargeInVoice the least caller voice over the agent that interrupts it, at the agent's {@code HIGH}
 *                     interruption sensitivity; {@code MEDIUM} asks 1.5 times as much, {@code LOW} 2.5 times. Shorter
 *                     bursts (a quick "mm-hmm") never interrupt.
 * @param frame        the length of each agent audio frame sent to the client
 * @param lead         how far ahead of real time agent audio is sent (the client's jitter buffer)
 * @param silero       whether voice activity uses the Silero model (behind an energy gate); off, energy alone
 */
@ConfigurationProperties("seiketsu.voice.pipeline")
public record PipelineSettings(@DefaultValue("200ms") Duration bargeInVoice, @DefaultValue("20ms") Duration frame,
        @DefaultValue("40ms") Duration lead, @DefaultValue("true") boolean silero) {

    Duration bargeInFor(String sensitivity) {
        return switch (sensitivity) {
            case "HIGH" -> bargeInVoice;
            case "LOW" -> bargeInVoice.multipliedBy(5).dividedBy(2);
            default -> bargeInVoice.multipliedBy(3).dividedBy(2);
        };
    }
}
