package ai.seiketsu.pipeline.fakes;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ai.seiketsu.pipeline.SpeechToText;

/**
 * A recogniser that "hears" the next line of a script for each utterance, instantly, and counts the samples it was
 * given. For pipeline tests and the overhead benchmark: no speech engine involved.
 */
public final class ScriptedSpeechToText implements SpeechToText {

    private final ArrayDeque<String> script;
    public final AtomicLong samplesWritten = new AtomicLong();

    public ScriptedSpeechToText(List<String> lines) {
        this.script = new ArrayDeque<>(lines);
    }

    @Override
    public String engine() {
        return "scripted";
    }

    @Override
    public int sampleRate() {
        return 16_000;
    }

    @Override
    public Stream open(Listener listener) {
        return new Stream() {
            private boolean partialSent;

            @Override
            public void write(short[] pcm) {
                samplesWritten.addAndGet(pcm.length);
                if (!partialSent) {
                    partialSent = true;
                    listener.partial("…");
                }
            }

            @Override
            public void endUtterance() {
                String line;
                synchronized (script) {
                    line = script.isEmpty() ? "" : script.removeFirst();
                }
                partialSent = false;
                listener.finalText(line);
            }

            @Override
            public void close() {
            }
        };
    }
}
