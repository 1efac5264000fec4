package ai.seiketsu.voice.engines;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgentSaved;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders a voice agent's {@link FixedPhrases} into the TTS cache once the change that saved it has committed, so
 * that the first call hears its greeting from the cache. One background thread does it, one agent after another
 * (synthesis is CPU work; saving an agent never waits for it); a failure is logged and the phrase is simply
 * synthesised live on its first call.
 */
class AgentPhrases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentPhrases.class);

    private final VoiceAgents agents;
    private final SpeechEngines engines;
    private final ThreadPoolExecutor renderer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(256), Thread.ofPlatform().daemon().name("tts-phrases").factory());

    AgentPhrases(VoiceAgents agents, SpeechEngines engines) {
        this.agents = agents;
        this.engines = engines;
    }

    @TransactionalEventListener
    void on(VoiceAgentSaved saved) {
        try {
            renderer.execute(() -> render(saved));
        } catch (RejectedExecutionException e) {
            log.warn("Too many voice agents waiting for their phrases to be synthesised; agent {} is skipped",
                    saved.agentId());
        }
    }

    private void render(VoiceAgentSaved saved) {
        try {
            Optional<VoiceAgent> agent = TenantContext.call(saved.tenantId(), () -> agents.find(saved.agentId()));
            if (agent.isPresent()) {
                TextToSpeech speech = engines.textToSpeech(saved.tenantId(), agent.get().voice());
                for (String phrase : FixedPhrases.of(agent.get())) {
                    speech.synthesize(phrase, pcm -> {
                    });
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("The phrases of voice agent {} were not synthesised ahead", saved.agentId(), e);
        }
    }

    @Override
    public void close() {
        renderer.shutdownNow();
    }
}
