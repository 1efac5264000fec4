package ai.seiketsu.pipeline.processors;

import java.time.Duration;
import java.util.ArrayDeque;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.TurnTiming;

/**
 * Decides when the caller has finished a turn and when they are cutting the agent off.
 * <p>
 * <b>End of turn</b>: once voice activity has stopped and {@code endOfTurnSilence} of silent audio has followed the
 * last voiced audio, the turn is over; it is pushed as a {@link Frame.UserTurn} as soon as the recogniser's final
 * transcripts for its utterances have arrived. Silence is measured on the audio timeline (the audio the caller
 * sends), not by a wall-clock timer, so a call replayed faster than real time decides exactly as a live one.
 * Speech that resumes before the decision extends the same turn.
 * <p>
 * <b>Barge-in</b>: caller speech over the agent interrupts it once it holds {@code bargeInVoice} of voiced audio;
 * shorter bursts (a quick "mm-hmm") do not, and are not taken as a turn either. The interruption is pushed
 * downstream at the frame that crosses the threshold.
 * <p>
 * Caller audio and voice-activity frames stop here: later stages never see them. The recogniser's finals arrive on
 * the data thread and may overtake the end of their utterance (a system frame): they wait here until it comes.
 */
public final class TurnTaking extends FrameProcessor {

    private final long endOfTurnSilenceMillis;
    private final long bargeInVoiceMillis;

    // caller activity: system thread only
    private boolean userSpeaking;
    private boolean utteranceOverAgent;
    private boolean interruptedAgent;
    private long voicedMillisInUtterance;
    private long silenceMillis;
    private volatile boolean agentSpeaking;

    // the turn being collected: shared by the system thread (decision) and the data thread (transcripts)
    private final Object turn = new Object();
    private final ArrayDeque<Boolean> expectedFinals = new ArrayDeque<>();
    private final ArrayDeque<Frame.Transcript> earlyFinals = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private boolean turnOpen;
    private long lastVoicedNanos;
    private long decidedNanos;
    private long finalNanos;

    public TurnTaking(Duration endOfTurnSilence, Duration bargeInVoice) {
        this.endOfTurnSilenceMillis = endOfTurnSilence.toMillis();
        this.bargeInVoiceMillis = bargeInVoice.toMillis();
    }

    @Override
    protected void process(Frame frame, Direction direction) {
        switch (frame) {
            case Frame.InputAudio audio when direction == Direction.DOWNSTREAM -> listen(audio);
            case Frame.UserStartedSpeaking started -> {
                userSpeaking = true;
                utteranceOverAgent = agentSpeaking;
                interruptedAgent = false;
                voicedMillisInUtterance = 0;
                synchronized (turn) {
                    decidedNanos = 0; // speech resumed before the turn was handed on: it is the same turn
                }
            }
            case Frame.UserStoppedSpeaking stopped -> {
                userSpeaking = false;
                boolean backchannel = utteranceOverAgent && !interruptedAgent;
                synchronized (turn) {
                    expectedFinals.addLast(!backchannel);
                    if (!backchannel) {
                        turnOpen = true;
                    }
                    Frame.Transcript early;
                    while (!expectedFinals.isEmpty() && (early = earlyFinals.pollFirst()) != null) {
                        acceptFinal(early);
                    }
                }
            }
            case Frame.BotStartedSpeaking started -> {
                agentSpeaking = true;
                push(frame, direction);
            }
            case Frame.BotStoppedSpeaking stopped -> {
                agentSpeaking = false;
                push(frame, direction);
            }
            case Frame.Transcript transcript -> {
                if (transcript.isFinal()) {
                    acceptFinal(transcript);
                }
            }
            default -> push(frame, direction);
        }
    }

    private void listen(Frame.InputAudio audio) {
        if (audio.voiced()) {
            silenceMillis = 0;
            synchronized (turn) {
                lastVoicedNanos = audio.receivedNanos();
            }
            if (userSpeaking) {
                voicedMillisInUtterance += audio.durationMillis();
                if (utteranceOverAgent && agentSpeaking && !interruptedAgent
                        && voicedMillisInUtterance >= bargeInVoiceMillis) {
                    interruptedAgent = true;
                    push(new Frame.Interruption(), Direction.DOWNSTREAM);
                }
            }
            return;
        }
        silenceMillis += audio.durationMillis();
        if (!userSpeaking && silenceMillis >= endOfTurnSilenceMillis) {
            synchronized (turn) {
                if (turnOpen && decidedNanos == 0) {
                    decidedNanos = System.nanoTime();
                    handOnIfComplete();
                }
            }
        }
    }

    private void acceptFinal(Frame.Transcript transcript) {
        synchronized (turn) {
            if (expectedFinals.isEmpty()) {
                // the recogniser answered before the end of its utterance reached this stage's system thread
                earlyFinals.addLast(transcript);
                return;
            }
            if (!expectedFinals.pollFirst()) {
                return; // a backchannel's words
            }
            String words = transcript.text().strip();
            if (!words.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(words);
            }
            finalNanos = transcript.atNanos();
            handOnIfComplete();
        }
    }

    private void handOnIfComplete() {
        if (decidedNanos == 0 || expectedFinals.contains(Boolean.TRUE)) {
            return;
        }
        String said = text.toString();
        TurnTiming timing = TurnTiming.ofCallerTurn(lastVoicedNanos, decidedNanos, finalNanos);
        text.setLength(0);
        turnOpen = false;
        decidedNanos = 0;
        finalNanos = 0;
        if (!said.isEmpty()) {
            push(new Frame.UserTurn(said, timing), Direction.DOWNSTREAM);
        }
    }
}
