package ai.seiketsu.voice.engines;

import ai.seiketsu.pipeline.TextToSpeech;

/**
 * Speech by FreeTTS's {@code kevin16} voice at 16 kHz, streamed per block of 32 ms as FreeTTS produces it (FreeTTS
 * synthesises a sentence at a time, a few milliseconds each). {@code speed} scales FreeTTS's speaking rate (150
 * words per minute at 1.0), which stretches or shortens the durations of the phones. Safe to share: each
 * synthesis borrows a voice of the shared {@link FreeTtsVoices} pool.
 */
public final class FreeTtsTextToSpeech implements TextToSpeech {

    public static final String ENGINE = "freetts";

    private final FreeTtsVoices voices;
    private final float rate;

    public FreeTtsTextToSpeech(FreeTtsVoices voices, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        this.voices = voices;
        this.rate = (float) (FreeTtsVoices.NOMINAL_RATE * speed);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public int sampleRate() {
        return FreeTtsVoices.SAMPLE_RATE;
    }

    @Override
    public Synthesis synthesize(String text, AudioSink sink) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("synthesis interrupted before it started");
        }
        voices.speak(text, rate, sink);
        return new Synthesis(false);
    }
}
