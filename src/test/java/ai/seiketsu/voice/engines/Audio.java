package ai.seiketsu.voice.engines;

import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.pipeline.TextToSpeech;

/** Measures of PCM16 audio for the engine tests. */
final class Audio {

    private Audio() {
    }

    static short[] synthesize(TextToSpeech tts, String text) throws InterruptedException {
        List<short[]> chunks = new ArrayList<>();
        tts.synthesize(text, chunks::add);
        return join(chunks);
    }

    static short[] join(List<short[]> chunks) {
        short[] all = new short[chunks.stream().mapToInt(c -> c.length).sum()];
        int at = 0;
        for (short[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }

    static double rms(short[] audio) {
        double sum = 0;
        for (short sample : audio) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / Math.max(1, audio.length));
    }

    /** Correlation of each sample with the next: near 1 for speech at 16 kHz, near 0 for noise. */
    static double neighbourCorrelation(short[] audio) {
        double product = 0;
        double energy = 0;
        for (int i = 1; i < audio.length; i++) {
            product += (double) audio[i] * audio[i - 1];
            energy += (double) audio[i] * audio[i];
        }
        return product / energy;
    }

    static short[] byteSwapped(short[] audio) {
        short[] swapped = new short[audio.length];
        for (int i = 0; i < audio.length; i++) {
            swapped[i] = Short.reverseBytes(audio[i]);
        }
        return swapped;
    }
}
