package ai.seiketsu.pipeline.processors;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.audio.VadAnalyzer;
import ai.seiketsu.pipeline.audio.VoiceActivityDetector;

/**
 * Listens for the caller's voice: marks each chunk of caller audio voiced or not and pushes
 * {@link Frame.UserStartedSpeaking} and {@link Frame.UserStoppedSpeaking} as the {@link VadAnalyzer} decides them.
 * The audio goes on before the change it completes, so the recogniser's pre-roll holds the start of speech and
 * the end of an utterance arrives after its last samples. A chunk that completes no detector frame keeps the state
 * of the last frame. Owns its detector and closes it when the pipeline stops.
 */
public final class VadProcessor extends FrameProcessor {

    private final VoiceActivityDetector detector;
    private final VadAnalyzer analyzer;
    private boolean lastFrameVoiced;
    private long analyzedBefore;
    private long lastVoicedNanos;

    public VadProcessor(VoiceActivityDetector detector, VadAnalyzer.Settings settings) {
        this.detector = detector;
        this.analyzer = new VadAnalyzer(detector, settings);
    }

    @Override
    protected void process(Frame frame, Direction direction) {
        if (!(frame instanceof Frame.InputAudio audio) || direction != Direction.DOWNSTREAM) {
            push(frame, direction);
            return;
        }
        if (audio.sampleRate() != VoiceActivityDetector.SAMPLE_RATE) {
            throw new IllegalArgumentException("voice activity needs " + VoiceActivityDetector.SAMPLE_RATE
                    + " Hz audio, got " + audio.sampleRate() + " Hz");
        }
        VadAnalyzer.Result result = analyzer.analyze(audio.pcm());
        if (result.analyzed() != analyzedBefore) {
            analyzedBefore = result.analyzed();
            lastFrameVoiced = result.lastVoicedEnd().orElse(-1) == result.analyzed();
        }
        if (lastFrameVoiced) {
            lastVoicedNanos = audio.receivedNanos();
        }
        push(audio.withVoiced(lastFrameVoiced), direction);
        for (VadAnalyzer.Change change : result.changes()) {
            switch (change) {
                case VadAnalyzer.SpeechStarted started -> push(new Frame.UserStartedSpeaking(
                        audio.receivedNanos() - samplesToNanos(result.analyzed() - started.speechFrom())),
                        direction);
                case VadAnalyzer.SpeechStopped stopped -> push(new Frame.UserStoppedSpeaking(lastVoicedNanos),
                        direction);
            }
        }
    }

    private static long samplesToNanos(long samples) {
        return samples * 1_000_000_000L / VoiceActivityDetector.SAMPLE_RATE;
    }

    @Override
    protected void stopped() {
        try {
            detector.close();
        }
        catch (Exception e) {
            // nothing more to release
        }
    }
}
