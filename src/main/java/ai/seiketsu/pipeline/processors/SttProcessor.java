package ai.seiketsu.pipeline.processors;

import java.util.ArrayDeque;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.SpeechToText;

/**
 * Feeds caller speech to a {@link SpeechToText} engine and pushes its transcripts downstream. Only audio inside
 * voice activity goes to the engine (with a short pre-roll, since voice activity is detected a little after it
 * begins), so silent stretches cost the recogniser nothing. The engine answers on its own thread; this stage
 * never waits for it.
 */
public final class SttProcessor extends FrameProcessor {

    private static final int PRE_ROLL_MILLIS = 300;

    private final SpeechToText engine;
    private final ArrayDeque<short[]> preRoll = new ArrayDeque<>();
    private int preRollSamples;
    private SpeechToText.@Nullable Stream stream;
    private boolean speaking;

    public SttProcessor(SpeechToText engine) {
        this.engine = engine;
    }

    @Override
    protected void process(Frame frame, Direction direction) {
        switch (frame) {
            case Frame.Start start -> {
                stream = engine.open(new Transcripts());
                push(frame, direction);
            }
            case Frame.InputAudio audio when direction == Direction.DOWNSTREAM -> {
                requireRate(audio);
                if (speaking && stream != null) {
                    stream.write(audio.pcm());
                }
                else {
                    keepForPreRoll(audio.pcm());
                }
                push(frame, direction);
            }
            case Frame.UserStartedSpeaking started -> {
                speaking = true;
                if (stream != null) {
                    for (short[] pcm : preRoll) {
                        stream.write(pcm);
                    }
                }
                preRoll.clear();
                preRollSamples = 0;
                push(frame, direction);
            }
            case Frame.UserStoppedSpeaking stoppedSpeaking -> {
                speaking = false;
                push(frame, direction); // before the final it causes, which may come back at once
                if (stream != null) {
                    stream.endUtterance();
                }
            }
            default -> push(frame, direction);
        }
    }

    private void requireRate(Frame.InputAudio audio) {
        if (audio.sampleRate() != engine.sampleRate()) {
            throw new IllegalArgumentException("caller audio at " + audio.sampleRate() + " Hz, recogniser wants "
                    + engine.sampleRate() + " Hz");
        }
    }

    private void keepForPreRoll(short[] pcm) {
        preRoll.addLast(pcm);
        preRollSamples += pcm.length;
        int limit = engine.sampleRate() * PRE_ROLL_MILLIS / 1000;
        while (preRollSamples - preRoll.peekFirst().length >= limit) {
            preRollSamples -= preRoll.removeFirst().length;
        }
    }

    @Override
    protected void stopped() {
        SpeechToText.Stream open = stream;
        if (open != null) {
            open.close();
        }
    }

    private final class Transcripts implements SpeechToText.Listener {

        @Override
        public void partial(String text) {
            push(new Frame.Transcript(text, false, System.nanoTime()), Direction.DOWNSTREAM);
        }

        @Override
        public void finalText(String text) {
            push(new Frame.Transcript(text, true, System.nanoTime()), Direction.DOWNSTREAM);
        }

        @Override
        public void failed(Exception error) {
            push(new Frame.Error("speech recognition failed: " + error.getMessage(), error, false),
                    Direction.UPSTREAM);
            // the utterance still gets its final, so the turn it belongs to is not held open forever
            push(new Frame.Transcript("", true, System.nanoTime()), Direction.DOWNSTREAM);
        }
    }
}
