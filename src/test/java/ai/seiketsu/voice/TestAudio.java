package ai.seiketsu.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.voice.engines.SpeechEngines;

/** Audio material for voice tests: a synthesised caller, light noise and silence padding, 16 kHz PCM16 mono. */
public final class TestAudio {

    private TestAudio() {
    }

    /** {@code millis} of white noise at about {@code amplitude} (30 is a quiet line, -60 dBFS or so). */
    public static short[] noise(int millis, int amplitude, long seed) {
        Random random = new Random(seed);
        short[] pcm = new short[millis * 16];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (random.nextGaussian() * amplitude);
        }
        return pcm;
    }

    /** {@code speech} with {@code beforeMillis} and {@code afterMillis} of line noise around it, noise mixed in. */
    public static short[] padded(short[] speech, int beforeMillis, int afterMillis, long seed) {
        short[] noise = noise(beforeMillis + afterMillis + speech.length / 16 + 1, 30, seed);
        short[] out = new short[beforeMillis * 16 + speech.length + afterMillis * 16];
        for (int i = 0; i < out.length; i++) {
            int s = i - beforeMillis * 16;
            int voice = s >= 0 && s < speech.length ? speech[s] : 0;
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, voice + noise[i]));
        }
        return out;
    }

    /** A caller saying {@code words}: the embedded synthesiser's voice, 16 kHz, no padding. */
    public static short[] spoken(SpeechEngines engines, TenantId tenant, String words) throws InterruptedException {
        List<short[]> chunks = new ArrayList<>();
        engines.textToSpeech(tenant, new VoiceAgent.Voice("EMBEDDED", "kevin16", 1.0)).synthesize(words, chunks::add);
        short[] pcm = new short[chunks.stream().mapToInt(chunk -> chunk.length).sum()];
        int at = 0;
        for (short[] chunk : chunks) {
            System.arraycopy(chunk, 0, pcm, at, chunk.length);
            at += chunk.length;
        }
        return pcm;
    }
}
