package ai.seiketsu.voice.engines;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The few conversions of 16-bit mono PCM the engines need: FreeTTS writes signed big-endian bytes, Sphinx4 reads
 * and the cache stores little-endian ones, the pipeline speaks {@code short[]}.
 */
final class Pcm {

    private Pcm() {
    }

    /** Samples of {@code length} bytes (even) of signed 16-bit PCM. */
    static short[] samples(byte[] bytes, int offset, int length, ByteOrder order) {
        short[] samples = new short[length / 2];
        ByteBuffer.wrap(bytes, offset, length).order(order).asShortBuffer().get(samples);
        return samples;
    }

    static byte[] littleEndian(short[] samples) {
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(samples);
        return bytes.array();
    }

    static short[] fromLittleEndian(byte[] bytes) {
        return samples(bytes, 0, bytes.length - bytes.length % 2, ByteOrder.LITTLE_ENDIAN);
    }
}
