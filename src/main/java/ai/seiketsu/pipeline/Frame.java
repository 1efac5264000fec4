package ai.seiketsu.pipeline;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Everything that moves through a {@link Pipeline} is a frame. Three kinds decide how a processor schedules it:
 * <ul>
 * <li>{@link SystemFrame}s jump the queue: each processor handles them on their own thread, in order, ahead of
 * everything else, and an interruption never drops them. Caller audio is one, so listening never waits behind
 * speaking.</li>
 * <li>{@link DataFrame}s (text, agent audio) and {@link ControlFrame}s keep their order and are dropped when the
 * caller interrupts, except {@link Uninterruptible} ones such as {@link End}.</li>
 * </ul>
 * Times are {@link System#nanoTime()} readings of this process.
 */
public sealed interface Frame {

    /** Handled ahead of data and control frames, never dropped by an interruption. */
    sealed interface SystemFrame extends Frame {
    }

    /** Ordered content, dropped by an interruption. */
    sealed interface DataFrame extends Frame {
    }

    /** Ordered signals, dropped by an interruption unless {@link Uninterruptible}. */
    sealed interface ControlFrame extends Frame {
    }

    /** Survives an interruption. */
    interface Uninterruptible {
    }

    // ---- system frames

    /** The pipeline starts: processors open their engines. */
    record Start() implements SystemFrame {
    }

    /** Stop at once, dropping everything queued (the caller hung up, or a fatal error). */
    record Cancel(String reason) implements SystemFrame {
    }

    /** The caller spoke over the agent: drop queued speech and stop talking. */
    record Interruption() implements SystemFrame {
    }

    /**
     * Caller audio: PCM16 mono at {@code sampleRate}. {@code voiced} is set by the voice-activity processor for the
     * processors after it.
     */
    record InputAudio(short[] pcm, int sampleRate, long receivedNanos, boolean voiced) implements SystemFrame {

        public InputAudio(short[] pcm, int sampleRate, long receivedNanos) {
            this(pcm, sampleRate, receivedNanos, false);
        }

        public InputAudio withVoiced(boolean voicedNow) {
            return new InputAudio(pcm, sampleRate, receivedNanos, voicedNow);
        }

        public long durationMillis() {
            return pcm.length * 1000L / sampleRate;
        }

        @Override
        public String toString() {
            return "InputAudio[" + pcm.length + " samples @" + sampleRate + (voiced ? ", voiced]" : "]");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InputAudio that && sampleRate == that.sampleRate && voiced == that.voiced
                    && receivedNanos == that.receivedNanos && Arrays.equals(pcm, that.pcm);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(pcm) * 31 + sampleRate;
        }
    }

    /** Voice activity began; {@code startedNanos} is when its first voiced audio arrived. */
    record UserStartedSpeaking(long startedNanos) implements SystemFrame {
    }

    /** Voice activity ended; {@code lastVoicedNanos} is when its last voiced audio arrived. */
    record UserStoppedSpeaking(long lastVoicedNanos) implements SystemFrame {
    }

    /** The agent's first audio frame of a reply went out. Travels both ways. */
    record BotStartedSpeaking() implements SystemFrame {
    }

    /** The agent's last audio frame of a reply has played out, or it was cut off. Travels both ways. */
    record BotStoppedSpeaking() implements SystemFrame {
    }

    /** The agent was cut off; the caller heard only {@code heardText} of its reply. Travels both ways. */
    record BotInterrupted(String heardText) implements SystemFrame {
    }

    /** The client reports how much agent audio it has played since the call began. */
    record Playback(long playedMillis) implements SystemFrame {
    }

    /** Timings of one answered caller turn, sent when the reply's first audio frame goes out. */
    record TurnMetrics(TurnTiming timing) implements SystemFrame {
    }

    /** Something failed; travels upstream. A fatal error ends the call. */
    record Error(String message, @Nullable Throwable cause, boolean fatal) implements SystemFrame {
    }

    // ---- data frames

    /** A transcript of caller speech: partials while they talk, one final per utterance. */
    record Transcript(String text, boolean isFinal, long atNanos) implements DataFrame {
    }

    /** Asks the dialogue for its opening. */
    record Greet() implements DataFrame {
    }

    /** The caller finished a turn: all they said in it. */
    record UserTurn(String text, TurnTiming timing) implements DataFrame {
    }

    /** One sentence of the agent's reply, ready to be spoken. {@code index} counts sentences within the reply. */
    record AgentSentence(String text, int index, TurnTiming timing) implements DataFrame {
    }

    /**
     * Agent audio for sentence {@code index} of the current reply, PCM16 mono. {@code offsetSamples} places it
     * within the sentence.
     */
    record OutputAudio(short[] pcm, int sampleRate, int index, String sentence, long offsetSamples,
            TurnTiming timing) implements DataFrame {

        public long durationMillis() {
            return pcm.length * 1000L / sampleRate;
        }

        @Override
        public String toString() {
            return "OutputAudio[" + pcm.length + " samples @" + sampleRate + ", sentence " + index + "]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OutputAudio that && index == that.index && offsetSamples == that.offsetSamples
                    && sentence.equals(that.sentence) && Arrays.equals(pcm, that.pcm);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(pcm) * 31 + index;
        }
    }

    /**
     * All audio of sentence {@code index} has been produced: {@code totalSamples} at the audio's rate;
     * {@code cacheHit} when it came from the speech cache.
     */
    record SentenceDone(int index, String sentence, long totalSamples, boolean cacheHit) implements DataFrame {
    }

    // ---- control frames

    /** The reply is complete; {@code endCall} when the agent hangs up after it has been heard. */
    record ResponseEnd(boolean endCall) implements ControlFrame {
    }

    /** Finish what is queued, then stop. */
    record End(String reason) implements ControlFrame, Uninterruptible {
    }
}
