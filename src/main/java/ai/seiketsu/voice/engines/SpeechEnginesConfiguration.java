package ai.seiketsu.voice.engines;

import java.time.Clock;

import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.shared.RedisClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded engines: FreeTTS voices and Sphinx4 recognisers (both loaded on first use, not at start), the TTS
 * cache (in Redis too when {@code SEIKETSU_REDIS_URL} is set), the {@code speech} health contributor, and the
 * rendering of agents' fixed phrases. Spring closes the engines with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpeechEngineProperties.class)
class SpeechEnginesConfiguration {

    @Bean
    FreeTtsVoices freeTtsVoices(SpeechEngineProperties properties) {
        return new FreeTtsVoices(properties.tts().voices());
    }

    @Bean
    TtsAudioCache ttsAudioCache(SpeechEngineProperties properties, @Value("${seiketsu.redis-url:}") String redisUrl,
            Clock clock, MeterRegistry meters) {
        RedisAudioStore redis = redisUrl.isBlank() ? null
                : new RedisAudioStore(RedisClients.create(redisUrl), clock, meters);
        return new TtsAudioCache(properties.tts().cacheSize().toBytes(), properties.tts().cacheTimeToLive(), redis,
                meters);
    }

    @Bean
    Sphinx4SpeechToText sphinx4SpeechToText(SpeechEngineProperties properties, MeterRegistry meters) {
        SpeechEngineProperties.Stt stt = properties.stt();
        return new Sphinx4SpeechToText(stt.recogniser(), stt.decoders(), stt.queue(), meters);
    }

    @Bean
    SpeechEngines speechEngines(FreeTtsVoices voices, TtsAudioCache cache, Sphinx4SpeechToText speechToText) {
        return new SpeechEngines(voices, cache, speechToText);
    }

    @Bean
    SpeechHealthIndicator speechHealthIndicator(SpeechEngines engines) {
        return new SpeechHealthIndicator(engines);
    }

    @Bean
    AgentPhrases agentPhrases(VoiceAgents agents, SpeechEngines engines) {
        return new AgentPhrases(agents, engines);
    }
}
