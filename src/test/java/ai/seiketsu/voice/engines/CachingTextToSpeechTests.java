package ai.seiketsu.voice.engines;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.RedisClients;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.LocalRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Said once, replayed after: per tenant, voice and speed, in process and through Redis, never failing a call. */
class CachingTextToSpeechTests {

    static final FreeTtsVoices voices = new FreeTtsVoices(1);
    static final String GREETING = "Hello, thank you for calling Sunrise Realty.";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TenantId tenant = TenantId.random();

    @AfterAll
    static void close() {
        voices.close();
    }

    @Test
    void theSameTextAgainIsAHitWithTheSameAudioIn20MillisecondChunks() throws InterruptedException {
        TtsAudioCache cache = inProcess(8_000_000);
        short[] first = Audio.synthesize(speech(cache, tenant, 1.0), GREETING);
        List<short[]> chunks = new ArrayList<>();

        TextToSpeech.Synthesis again = speech(cache, tenant, 1.0)
                .synthesize("  Hello,  thank you\nfor calling   Sunrise Realty. ", chunks::add);

        assertThat(again.cacheHit()).isTrue();
        assertThat(Audio.join(chunks)).isEqualTo(first);
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> assertThat(chunk).hasSize(320));
        assertThat(count("hit")).isEqualTo(1);
        assertThat(count("miss")).isEqualTo(1);
        assertThat(meters.getMeters()).flatMap(meter -> meter.getId().getTags())
                .noneMatch(tag -> tag.getKey().equals("tenant"));
    }

    @Test
    void anotherTenantSpeedOrCapitalisationIsSynthesisedAnew() throws InterruptedException {
        TtsAudioCache cache = inProcess(8_000_000);
        speech(cache, tenant, 1.0).synthesize(GREETING, pcm -> {
        });

        assertThat(hit(speech(cache, TenantId.random(), 1.0), GREETING)).isFalse();
        assertThat(hit(speech(cache, tenant, 1.2), GREETING)).isFalse();
        assertThat(hit(speech(cache, tenant, 1.0), GREETING.toUpperCase())).isFalse();
        assertThat(hit(speech(cache, tenant, 1.0), GREETING)).isTrue();
    }

    @Test
    void anInterruptedSynthesisIsNotCached() throws InterruptedException {
        TtsAudioCache cache = inProcess(8_000_000);
        assertThatThrownBy(() -> speech(cache, tenant, 1.0).synthesize(GREETING,
                pcm -> Thread.currentThread().interrupt())).isInstanceOf(InterruptedException.class);

        assertThat(hit(speech(cache, tenant, 1.0), GREETING)).isFalse();
        assertThat(hit(speech(cache, tenant, 1.0), GREETING)).isTrue();
    }

    @Test
    void theInProcessCacheHoldsNoMoreAudioThanItsSize() throws InterruptedException {
        TtsAudioCache cache = inProcess(300_000); // about 9 s of audio
        for (int i = 1; i <= 12; i++) {
            speech(cache, tenant, 1.0).synthesize("Listing number " + i + " has three bedrooms.", pcm -> {
            });
        }
        double held = meters.get("seiketsu.tts.cache.size").gauge().value();
        assertThat(held).isGreaterThan(100_000).isLessThanOrEqualTo(300_000);
    }

    @Test
    void anotherInstanceHearsItFromRedis() throws InterruptedException {
        String url = LocalRedis.url();
        try (TtsAudioCache one = inRedis(url, meters); TtsAudioCache other = inRedis(url, new SimpleMeterRegistry())) {
            short[] said = Audio.synthesize(speech(one, tenant, 1.0), GREETING);
            List<short[]> replayed = new ArrayList<>();

            assertThat(speech(other, tenant, 1.0).synthesize(GREETING, replayed::add).cacheHit()).isTrue();
            assertThat(Audio.join(replayed)).isEqualTo(said);
        }
    }

    @Test
    void aRedisThatIsDownLeavesTheInProcessCache() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TtsAudioCache cache = inRedis("redis://127.0.0.1:" + closedPort, meters)) {
            assertThat(hit(speech(cache, tenant, 1.0), GREETING)).isFalse();
            assertThat(hit(speech(cache, tenant, 1.0), GREETING)).isTrue();
        }
        assertThat(meters.counter("seiketsu.tts.cache.redis.failures").count()).isGreaterThanOrEqualTo(1);
    }

    private TtsAudioCache inProcess(long maxBytes) {
        return new TtsAudioCache(maxBytes, Duration.ofDays(7), null, meters);
    }

    private static TtsAudioCache inRedis(String url, SimpleMeterRegistry meters) {
        RedisAudioStore redis = new RedisAudioStore(RedisClients.create(url), Clock.systemUTC(), meters);
        return new TtsAudioCache(8_000_000, Duration.ofMinutes(1), redis, meters);
    }

    private static CachingTextToSpeech speech(TtsAudioCache cache, TenantId tenant, double speed) {
        return new CachingTextToSpeech(new FreeTtsTextToSpeech(voices, speed), cache, tenant, FreeTtsVoices.VOICE,
                speed);
    }

    private static boolean hit(TextToSpeech speech, String text) throws InterruptedException {
        return speech.synthesize(text, pcm -> {
        }).cacheHit();
    }

    private double count(String result) {
        return meters.counter("seiketsu.tts.cache", "result", result, "engine", "freetts").count();
    }
}
