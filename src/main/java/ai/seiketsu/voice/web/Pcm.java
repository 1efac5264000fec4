package ai.seiketsu.voice.web;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** PCM signed 16-bit little-endian mono 16 kHz, the browser call's wire format both ways. */
final class Pcm {

    static final int SAMPLE_RATE = 16_000;
    /** 200 ms: the longest frame a client may send, and the longest the server sends. */
    static final int MAX_FRAME_SAMPLES = SAMPLE_RATE / 5;
    static final int MAX_FRAME_BYTES = MAX_FRAME_SAMPLES * 2;

    private Pcm() {
    }

    static short[] decode(ByteBuffer frame) {
        short[] samples = new short[frame.remaining() / 2];
        frame.slice().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    static ByteBuffer encode(short[] samples, int from, int count) {
        ByteBuffer frame = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        frame.asShortBuffer().put(samples, from, count);
        return frame;
    }

    static long millis(int bytes) {
        return bytes / 2 * 1_000L / SAMPLE_RATE;
    }
}
