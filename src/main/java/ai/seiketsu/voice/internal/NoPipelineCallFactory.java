package ai.seiketsu.voice.internal;

import java.util.UUID;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.voice.Call;
import ai.seiketsu.voice.CallContext;
import ai.seiketsu.voice.CallFactory;
import ai.seiketsu.voice.CallOutput;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The {@link CallFactory} of a build without a voice pipeline, and nothing more: the real one is the voice
 * pipeline's call-session factory, which replaces this one by simply being a bean ({@code @Fallback}: used only
 * when no other {@code CallFactory} exists; unlike {@code @ConditionalOnMissingBean} on a user configuration, it
 * does not depend on the order in which configurations are read). It is honest with the caller: when they start,
 * they are told that voice is not available and the connection closes (1011); a {@code stop} before that ends the
 * conversation {@code INCOMPLETE}.
 */
@Component
@Fallback
class NoPipelineCallFactory implements CallFactory {

    @Override
    public Call open(CallContext context, CallOutput output) {
        return new Call() {
            @Override
            public void start() {
                output.fail("INTERNAL", "Voice conversations are not available on this server yet.", 1011);
            }

            @Override
            public void audio(short[] pcm16k) {
                // nobody listens
            }

            @Override
            public void playback(long playedMs) {
                // nothing was said
            }

            @Override
            public void stop() {
                output.end(ConversationOutcome.INCOMPLETE, (UUID) null);
            }

            @Override
            public void disconnected() {
                // nothing to release
            }
        };
    }
}
