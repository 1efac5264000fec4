package ai.seiketsu.voice.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of browser calls ({@code seiketsu.voice.*}); the defaults are what product.md asks for.
 *
 * @param ticketTtl        how long a voice ticket may be redeemed (product.md: 60 s)
 * @param callLease        how long a call's plan slot outlives its last heartbeat: a node that dies frees its slots
 *                         after at most this long (heartbeats every third of it)
 * @param sendTimeLimit    how long one send to a client may take before the client counts as not reading
 * @param sendBufferBytes  how much outbound data one connection may queue behind a slow send (512 KiB: about 16 s
 *                         of agent audio) before its call is ended
 * @param stopGrace        how long the transport waits, after the client's {@code stop}, for the call to report its
 *                         outcome before ending the conversation {@code INCOMPLETE}
 * @param idleTimeout      a connection that sends nothing for this long is closed (a live call streams audio)
 */
@ConfigurationProperties("seiketsu.voice")
public record VoiceProperties(@DefaultValue("60s") Duration ticketTtl, @DefaultValue("30s") Duration callLease,
        @DefaultValue("3s") Duration sendTimeLimit, @DefaultValue("524288") int sendBufferBytes,
        @DefaultValue("5s") Duration stopGrace, @DefaultValue("60s") Duration idleTimeout) {

    public VoiceProperties {
        if (!positive(ticketTtl) || !positive(callLease) || !positive(sendTimeLimit) || sendBufferBytes < 1
                || !positive(stopGrace) || !positive(idleTimeout)) {
            throw new IllegalArgumentException("seiketsu.voice settings must be positive");
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
