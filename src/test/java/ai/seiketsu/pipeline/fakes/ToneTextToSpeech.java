package ai.seiketsu.pipeline.fakes;

import ai.seiketsu.pipeline.TextToSpeech;

/**
 * Instant "speech": a quiet tone of {@code millisPerCharacter} per character of text, handed out in 100 ms chunks.
 * Long enough to be interrupted, cheap enough for benchmarks.
 */
public final class ToneTextToSpeech implements TextToSpeech {

    private final int millisPerCharacter;

    public ToneTextToSpeech(int millisPerCharacter) {
        this.millisPerCharacter = millisPerCharacter;
    }

    @Override
    public String engine() {
        return "tone";
    }

    @Override
    public int sampleRate() {
        return 16_000;
    }

    @Override
    public Synthesis synthesize(String text, AudioSink sink) throws InterruptedException {
        int total = text.length() * millisPerCharacter * 16;
        int chunk = 1_600;
        for (int offset = 0; offset < total; offset += chunk) {
            short[] pcm = new short[Math.min(chunk, total - offset)];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) (1_000 * Math.sin(2 * Math.PI * 220 * (offset + i) / 16_000.0));
            }
            sink.accept(pcm);
        }
        return new Synthesis(false);
    }
}
