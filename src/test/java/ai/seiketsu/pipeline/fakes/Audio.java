package ai.seiketsu.pipeline.fakes;

import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.pipeline.Frame;

/** Caller audio for pipeline tests: 20 ms frames at 16 kHz, voiced or silent, on a running clock. */
public final class Audio {

    private long clockNanos = 1_000_000_000L;

    public List<Frame.InputAudio> voiced(int millis) {
        return frames(millis, true);
    }

    public List<Frame.InputAudio> silent(int millis) {
        return frames(millis, false);
    }

    private List<Frame.InputAudio> frames(int millis, boolean voiced) {
        List<Frame.InputAudio> frames = new ArrayList<>();
        for (int elapsed = 0; elapsed < millis; elapsed += 20) {
            short[] pcm = new short[320];
            if (voiced) {
                for (int i = 0; i < pcm.length; i++) {
                    pcm[i] = (short) (8_000 * Math.sin(2 * Math.PI * 180 * i / 16_000.0));
                }
            }
            frames.add(new Frame.InputAudio(pcm, 16_000, clockNanos, voiced));
            clockNanos += 20_000_000L;
        }
        return frames;
    }

    public long nowNanos() {
        return clockNanos;
    }
}
