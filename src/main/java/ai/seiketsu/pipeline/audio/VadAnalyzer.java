package ai.seiketsu.pipeline.audio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns a detector's per-frame probabilities into what the pipeline acts on: the caller started speaking, the
 * caller stopped. This is what the pipeline's VAD processor calls with each chunk of caller audio.
 *
 * <p><b>Hysteresis.</b> One loud frame is not speech and one quiet frame is not the end of it. Speaking starts once
 * {@link Settings#startAfter()} of consecutive frames reach {@link Settings#startThreshold()} (64 ms above 0.5 by
 * default: a click or a cough passes, the first syllable does not) and stops once {@link Settings#stopAfter()} of
 * consecutive frames fall below {@link Settings#stopThreshold()} (about 200 ms below 0.35, rounded up to whole frames:
 * 224 ms; the pauses inside a sentence do not stop it). The two thresholds differ so that a probability hovering
 * around one value cannot make the state flutter. Waiting longer before ending the caller's turn is the job of turn
 * detection, downstream; this only says when voice is heard.
 *
 * <p><b>Chunks and time.</b> {@link #analyze} takes 16 kHz mono chunks of any length (a 20 ms telephony packet
 * resampled, a 100 ms WebSocket message) and cuts them into {@value VoiceActivityDetector#FRAME_SAMPLES}-sample
 * frames, keeping the remainder for the next chunk. Times are sample offsets from the start of the stream (divide by
 * 16 for milliseconds), so they can be matched with the audio that the pipeline buffers for speech recognition.
 *
 * <p>The analyzer does not own the detector: whoever made the detector closes it. Not thread-safe: one instance per
 * stream, fed in order.
 */
public final class VadAnalyzer {

    private static final int FRAME = VoiceActivityDetector.FRAME_SAMPLES;

    private final VoiceActivityDetector detector;
    private final Settings settings;
    private final int startFrames;
    private final int stopFrames;
    private final short[] frame = new short[FRAME];
    private int buffered;
    private long analyzed;
    private boolean speaking;
    private int voicedRun;
    private int quietRun;
    private long lastVoicedEnd = -1;

    /** An analyzer with {@link Settings#DEFAULTS}. */
    public VadAnalyzer(VoiceActivityDetector detector) {
        this(detector, Settings.DEFAULTS);
    }

    public VadAnalyzer(VoiceActivityDetector detector, Settings settings) {
        this.detector = detector;
        this.settings = settings;
        this.startFrames = frames(settings.startAfter());
        this.stopFrames = frames(settings.stopAfter());
    }

    /**
     * Analyses the next chunk of the stream: every whole frame that it completes, in order.
     *
     * @param chunk 16 kHz mono samples, any number of them
     * @return the state changes that happened in this chunk's frames, the state after them, and how far the stream
     *         is analysed
     */
    public Result analyze(short[] chunk) {
        List<Change> changes = new ArrayList<>(1);
        int at = 0;
        while (at < chunk.length) {
            int taken = Math.min(FRAME - buffered, chunk.length - at);
            System.arraycopy(chunk, at, frame, buffered, taken);
            buffered += taken;
            at += taken;
            if (buffered == FRAME) {
                buffered = 0;
                analyzed += FRAME;
                onFrame(detector.speechProbability(frame), changes);
            }
        }
        return new Result(List.copyOf(changes), speaking, analyzed,
                lastVoicedEnd < 0 ? OptionalLong.empty() : OptionalLong.of(lastVoicedEnd));
    }

    /** Whether the caller is speaking, as of the last whole frame. */
    public boolean speaking() {
        return speaking;
    }

    /** Starts over for a new stream: forgets state, time and buffered samples, and resets the detector. */
    public void reset() {
        detector.reset();
        buffered = 0;
        analyzed = 0;
        speaking = false;
        voicedRun = 0;
        quietRun = 0;
        lastVoicedEnd = -1;
    }

    /** Moves the state machine by one frame, which ends at sample {@link #analyzed}. */
    private void onFrame(float probability, List<Change> changes) {
        boolean voiced = probability >= settings.startThreshold();
        if (voiced) {
            lastVoicedEnd = analyzed;
        }
        if (speaking) {
            quietRun = probability < settings.stopThreshold() ? quietRun + 1 : 0;
            if (quietRun == stopFrames) {
                speaking = false;
                voicedRun = 0;
                changes.add(new SpeechStopped(analyzed - (long) stopFrames * FRAME, analyzed));
            }
        } else {
            voicedRun = voiced ? voicedRun + 1 : 0;
            if (voicedRun == startFrames) {
                speaking = true;
                quietRun = 0;
                changes.add(new SpeechStarted(analyzed - (long) startFrames * FRAME, analyzed));
            }
        }
    }

    /** Whole frames that cover at least {@code duration}, and at least one. */
    private static int frames(Duration duration) {
        long samples = duration.toMillis() * VoiceActivityDetector.SAMPLE_RATE / 1000;
        return (int) Math.max(1, Math.ceilDiv(samples, FRAME));
    }

    /**
     * When voice counts as started and as stopped.
     *
     * @param startThreshold probability at or above which a frame is voiced, in (0, 1]
     * @param startAfter     how long frames must stay voiced before speaking starts (rounded up to whole frames)
     * @param stopThreshold  probability under which a frame is quiet, in (0, startThreshold]
     * @param stopAfter      how long frames must stay quiet before speaking stops (rounded up to whole frames)
     */
    public record Settings(float startThreshold, Duration startAfter, float stopThreshold, Duration stopAfter) {

        /** 64 ms above 0.5 to start, 200 ms (224 ms in whole frames) below 0.35 to stop. */
        public static final Settings DEFAULTS = new Settings(0.5f, Duration.ofMillis(64), 0.35f,
                Duration.ofMillis(200));

        public Settings {
            if (!(startThreshold > 0 && startThreshold <= 1 && stopThreshold > 0 && stopThreshold <= startThreshold)) {
                throw new IllegalArgumentException("need 0 < stop threshold <= start threshold <= 1, got "
                        + stopThreshold + " and " + startThreshold);
            }
            if (startAfter.isNegative() || stopAfter.isNegative()) {
                throw new IllegalArgumentException("durations cannot be negative");
            }
        }
    }

    /**
     * What one chunk brought.
     *
     * @param changes       the state changes decided in this chunk's frames, in order (usually none)
     * @param speaking      the state after this chunk
     * @param analyzed      samples of the stream analysed so far (the end of the last whole frame); samples of an
     *                      unfinished frame wait for the next chunk
     * @param lastVoicedEnd where the most recent frame at or above the start threshold ends, in this chunk or an
     *                      earlier one; empty until the first. {@code analyzed - lastVoicedEnd} is how long the line
     *                      has been without voice
     */
    public record Result(List<Change> changes, boolean speaking, long analyzed, OptionalLong lastVoicedEnd) {
    }

    /** A change of state, decided when the frame ending at sample {@link #decidedAt()} was analysed. */
    public sealed interface Change permits SpeechStarted, SpeechStopped {

        long decidedAt();
    }

    /**
     * The caller started speaking.
     *
     * @param speechFrom where the voiced frames that started it begin: audio from there on is the caller's speech
     * @param decidedAt  where the frame that confirmed it ends ({@code speechFrom} + the start hysteresis)
     */
    public record SpeechStarted(long speechFrom, long decidedAt) implements Change {
    }

    /**
     * The caller stopped speaking.
     *
     * @param speechUntil where the quiet frames that stopped it begin: the end of the caller's speech
     * @param decidedAt   where the frame that confirmed it ends ({@code speechUntil} + the stop hysteresis)
     */
    public record SpeechStopped(long speechUntil, long decidedAt) implements Change {
    }
}
