package ai.seiketsu.voice.engines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.TenantId;

/**
 * A {@link TextToSpeech} that answers from the {@link TtsAudioCache} when the same tenant had the same text said
 * by the same engine, voice and speed before, and otherwise streams the engine's audio while keeping a copy for
 * next time (only when the synthesis completed: an interrupted one is not cached).
 *
 * <p>The text is normalised before it is looked up and spoken: surrounding space trimmed, runs of white space
 * made one space. It is not lower-cased: FreeTTS reads capitals (abbreviations such as "St." before a capital
 * end a sentence: "Dr. Smith on Main St." and its lower-case form sound different), so case is part of what is
 * said. A cached synthesis is replayed in chunks of 20 ms, the pipeline's frame size, checking for an
 * interruption between chunks as a live synthesis does.
 */
public final class CachingTextToSpeech implements TextToSpeech {

    static final int REPLAY_CHUNK_MS = 20;

    private final TextToSpeech engine;
    private final TtsAudioCache cache;
    private final TenantId tenant;
    private final String voice;
    private final double speed;

    public CachingTextToSpeech(TextToSpeech engine, TtsAudioCache cache, TenantId tenant, String voice,
            double speed) {
        this.engine = engine;
        this.cache = cache;
        this.tenant = tenant;
        this.voice = voice;
        this.speed = speed;
    }

    @Override
    public String engine() {
        return engine.engine();
    }

    @Override
    public int sampleRate() {
        return engine.sampleRate();
    }

    @Override
    public Synthesis synthesize(String text, AudioSink sink) throws InterruptedException {
        String spoken = normalise(text);
        TtsCacheKey key = new TtsCacheKey(tenant, engine.engine(), voice, speed, spoken);
        Optional<short[]> cached = cache.get(key);
        if (cached.isPresent()) {
            replay(cached.get(), sink);
            return new Synthesis(true);
        }
        Recording recording = new Recording(TtsAudioCache.MAX_ENTRY_SECONDS * engine.sampleRate());
        engine.synthesize(spoken, chunk -> {
            recording.add(chunk);
            sink.accept(chunk);
        });
        recording.audio().ifPresent(audio -> cache.put(key, audio));
        return new Synthesis(false);
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private void replay(short[] audio, AudioSink sink) throws InterruptedException {
        int chunk = engine.sampleRate() * REPLAY_CHUNK_MS / 1000;
        for (int start = 0; start < audio.length; start += chunk) {
            if (Thread.interrupted()) {
                throw new InterruptedException("replay interrupted");
            }
            sink.accept(Arrays.copyOfRange(audio, start, Math.min(audio.length, start + chunk)));
        }
    }

    /** A copy of the audio as it streams, given up when it grows longer than what the cache keeps. */
    private static final class Recording {

        private final int maxSamples;
        private final List<short[]> chunks = new ArrayList<>();
        private int samples;

        Recording(int maxSamples) {
            this.maxSamples = maxSamples;
        }

        void add(short[] chunk) {
            samples += chunk.length;
            if (samples <= maxSamples) {
                chunks.add(chunk.clone());
            } else {
                chunks.clear();
            }
        }

        Optional<short[]> audio() {
            if (samples == 0 || samples > maxSamples) {
                return Optional.empty();
            }
            short[] all = new short[samples];
            int at = 0;
            for (short[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            return Optional.of(all);
        }
    }
}
