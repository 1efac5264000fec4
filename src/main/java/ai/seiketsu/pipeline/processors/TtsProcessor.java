package ai.seiketsu.pipeline.processors;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.pipeline.TurnTiming;

/**
 * Speaks each {@link Frame.AgentSentence} with a {@link TextToSpeech} engine, pushing audio chunks as the engine
 * produces them and then a {@link Frame.SentenceDone} with the sentence's length. A barge-in interrupts the
 * synthesis in progress; its remaining chunks are dropped.
 */
public final class TtsProcessor extends FrameProcessor {

    private final TextToSpeech engine;

    public TtsProcessor(TextToSpeech engine) {
        this.engine = engine;
    }

    @Override
    protected void process(Frame frame, Direction direction) throws InterruptedException {
        if (frame instanceof Frame.AgentSentence sentence) {
            speak(sentence);
        }
        else {
            push(frame, direction);
        }
    }

    private void speak(Frame.AgentSentence sentence) throws InterruptedException {
        var progress = new Object() {
            long samples;
            TurnTiming timing = sentence.timing();
        };
        TextToSpeech.Synthesis synthesis = engine.synthesize(sentence.text(), pcm -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            if (pcm.length == 0) {
                return;
            }
            progress.timing = progress.timing.withFirstAudioReady(System.nanoTime());
            push(new Frame.OutputAudio(pcm, engine.sampleRate(), sentence.index(), sentence.text(),
                    progress.samples, progress.timing), Direction.DOWNSTREAM);
            progress.samples += pcm.length;
        });
        push(new Frame.SentenceDone(sentence.index(), sentence.text(), progress.samples, synthesis.cacheHit()),
                Direction.DOWNSTREAM);
    }
}
