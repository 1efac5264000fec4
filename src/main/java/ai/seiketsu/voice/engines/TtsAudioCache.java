package ai.seiketsu.voice.engines;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Synthesised audio by {@link TtsCacheKey}: in process (Caffeine, bounded by the bytes of audio it holds) and,
 * when Redis is configured, in Redis for every instance, with a time to live. A Redis hit is kept in process too.
 * Counts hits and misses as {@code seiketsu.tts.cache} tagged {@code result} and {@code engine} (never the
 * tenant: one series per tenant would not scale); {@code seiketsu.tts.cache.size} is the audio held in process.
 */
public final class TtsAudioCache implements AutoCloseable {

    /** Longer audio is not cached ({@link CachingTextToSpeech}): one long text must not push out many phrases. */
    static final int MAX_ENTRY_SECONDS = 30;

    private final Cache<TtsCacheKey, short[]> local;
    private final @Nullable RedisAudioStore redis;
    private final Duration timeToLive;
    private final MeterRegistry meters;

    /**
     * @param maxBytes   audio kept in process at most (PCM16: 32 kB a second at 16 kHz)
     * @param timeToLive how long an entry is kept after it was written
     * @param redis      the shared store, or null for in-process only
     */
    public TtsAudioCache(long maxBytes, Duration timeToLive, @Nullable RedisAudioStore redis, MeterRegistry meters) {
        this.local = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((TtsCacheKey key, short[] audio) -> audio.length * 2 + key.text().length() * 2)
                .expireAfterWrite(timeToLive)
                .build();
        this.redis = redis;
        this.timeToLive = timeToLive;
        this.meters = meters;
        Gauge.builder("seiketsu.tts.cache.size", local, TtsAudioCache::weight).baseUnit("bytes")
                .description("Synthesised audio held in process").register(meters);
    }

    Optional<short[]> get(TtsCacheKey key) {
        short[] audio = local.getIfPresent(key);
        if (audio == null && redis != null) {
            audio = redis.get(key);
            if (audio != null) {
                local.put(key, audio);
            }
        }
        count(audio != null ? "hit" : "miss", key.engine());
        return Optional.ofNullable(audio);
    }

    void put(TtsCacheKey key, short[] audio) {
        local.put(key, audio);
        if (redis != null) {
            redis.put(key, audio, timeToLive);
        }
    }

    private static long weight(Cache<TtsCacheKey, short[]> cache) {
        cache.cleanUp();
        return cache.policy().eviction().flatMap(eviction -> eviction.weightedSize().stream().boxed().findFirst())
                .orElse(0L);
    }

    private void count(String result, String engine) {
        Counter.builder("seiketsu.tts.cache").tag("result", result).tag("engine", engine)
                .description("Syntheses answered from the TTS cache (hit) or by the engine (miss)")
                .register(meters).increment();
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
    }
}
