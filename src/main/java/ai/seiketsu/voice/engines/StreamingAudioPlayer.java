package ai.seiketsu.voice.engines;

import java.nio.ByteOrder;

import ai.seiketsu.pipeline.TextToSpeech.AudioSink;
import com.sun.speech.freetts.FreeTTSSpeakable;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import javax.sound.sampled.AudioFormat;
import org.jspecify.annotations.Nullable;

/**
 * The FreeTTS audio player of one pooled voice: hands each block FreeTTS writes (1024 bytes, 32 ms) to the sink of
 * the synthesis in progress as {@code short[]}, on the synthesising thread. When that thread is interrupted, or
 * the sink throws, it cancels the utterance (FreeTTS then stops between blocks and skips the remaining
 * sentences) and {@link #finish} rethrows; an exception must not travel through FreeTTS, which prints it.
 */
final class StreamingAudioPlayer extends NullAudioPlayer {

    private @Nullable AudioSink sink;
    private @Nullable FreeTTSSpeakable speakable;
    private @Nullable Exception stopped;
    private ByteOrder order = ByteOrder.BIG_ENDIAN;
    private int carriedByte = -1;

    void start(AudioSink sink, FreeTTSSpeakable speakable) {
        this.sink = sink;
        this.speakable = speakable;
        this.stopped = null;
        this.carriedByte = -1;
    }

    /** Ends the synthesis: throws what stopped it, if anything did. */
    void finish() throws InterruptedException {
        Exception reason = stopped;
        sink = null;
        speakable = null;
        stopped = null;
        switch (reason) {
            case null -> {
            }
            case InterruptedException e -> {
                Thread.interrupted(); // the exception now carries the interruption
                throw e;
            }
            case RuntimeException e -> throw e;
            default -> throw new IllegalStateException(reason);
        }
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        super.setAudioFormat(format);
        order = format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1
                || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED
                || format.getSampleRate() != FreeTtsVoices.SAMPLE_RATE) {
            stop(new IllegalStateException("FreeTTS produced " + format + ", expected 16 kHz 16-bit mono PCM"));
        }
    }

    @Override
    public boolean write(byte[] bytes, int offset, int length) {
        AudioSink target = sink;
        if (target == null || stopped != null) {
            return false;
        }
        if (Thread.currentThread().isInterrupted()) {
            return stop(new InterruptedException("synthesis interrupted"));
        }
        try {
            short[] samples = samples(bytes, offset, length);
            if (samples.length > 0) {
                target.accept(samples);
            }
            return true;
        } catch (InterruptedException | RuntimeException e) {
            return stop(e);
        }
    }

    /** Whole samples of the block, keeping an odd trailing byte for the next block. */
    private short[] samples(byte[] bytes, int offset, int length) {
        byte[] block = bytes;
        int start = offset;
        int size = length;
        if (carriedByte >= 0) {
            block = new byte[length + 1];
            block[0] = (byte) carriedByte;
            System.arraycopy(bytes, offset, block, 1, length);
            start = 0;
            size = length + 1;
            carriedByte = -1;
        }
        if (size % 2 == 1) {
            carriedByte = block[start + size - 1] & 0xff;
            size--;
        }
        return Pcm.samples(block, start, size, order);
    }

    private boolean stop(Exception reason) {
        stopped = reason;
        if (speakable != null) {
            speakable.cancelled();
        }
        return false;
    }
}
