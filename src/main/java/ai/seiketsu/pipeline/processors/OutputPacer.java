package ai.seiketsu.pipeline.processors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.TurnTiming;

/**
 * Plays the agent's audio out at the pace the caller hears it: fixed-length frames, each sent when its turn comes
 * (a small lead ahead of real time, for the client's jitter buffer). Because the server never runs ahead of the
 * caller, it knows at every moment what has been heard; when the caller interrupts, it stops at the next frame and
 * reports the words heard so far ({@link Frame.BotInterrupted}). The client's {@link Frame.Playback} reports, when
 * it sends them, refine that estimate.
 * <p>
 * It announces {@link Frame.BotStartedSpeaking} with the first frame of a reply and {@link Frame.BotStoppedSpeaking}
 * when the last has played, both ways, and sends the turn's {@link Frame.TurnMetrics} with the first frame of a
 * reply that answers the caller.
 */
public final class OutputPacer extends FrameProcessor {

    private final int sampleRate;
    private final int frameSamples;
    private final long leadNanos;
    private final double speed;

    private final Object state = new Object();
    /** Sentence lengths as announced by the synthesiser, noted on arrival so an interruption knows them. */
    private final Map<Integer, Long> sentenceLengths = new ConcurrentHashMap<>();
    private final List<String> heardSentences = new ArrayList<>();
    private boolean speaking;
    private boolean metricsSent;
    private long playheadNanos;
    private int currentIndex = -1;
    private String currentSentence = "";
    private long currentPlayedSamples;
    private long sentMillis;
    private long clientPlayedMillis = -1;
    private long clientReportNanos;

    /**
     * @param sampleRate the rate audio arrives at and is sent at
     * @param frame the length of each frame sent, e.g. 20 ms
     * @param lead how far ahead of real time frames are sent
     * @param speed 1 for real time; more plays out faster (replayed calls in tests)
     */
    public OutputPacer(int sampleRate, Duration frame, Duration lead, double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be positive");
        }
        this.sampleRate = sampleRate;
        this.frameSamples = (int) (sampleRate * frame.toMillis() / 1000);
        this.leadNanos = lead.toNanos();
        this.speed = speed;
    }

    @Override
    protected void arrived(Frame frame, Direction direction) {
        if (frame instanceof Frame.SentenceDone done) {
            sentenceLengths.put(done.index(), done.totalSamples());
        }
    }

    @Override
    protected void process(Frame frame, Direction direction) throws InterruptedException {
        switch (frame) {
            case Frame.OutputAudio audio -> play(audio);
            case Frame.SentenceDone done -> push(frame, direction);
            case Frame.ResponseEnd end -> {
                waitUntil(playheadNanos);
                boolean wasSpeaking;
                synchronized (state) {
                    wasSpeaking = speaking;
                    resetReply();
                }
                if (wasSpeaking) {
                    announce(new Frame.BotStoppedSpeaking());
                }
                push(frame, direction);
            }
            case Frame.Playback playback -> {
                synchronized (state) {
                    clientPlayedMillis = playback.playedMillis();
                    clientReportNanos = System.nanoTime();
                }
            }
            default -> push(frame, direction);
        }
    }

    private void play(Frame.OutputAudio audio) throws InterruptedException {
        if (audio.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("agent audio at " + audio.sampleRate() + " Hz, pacer plays "
                    + sampleRate + " Hz");
        }
        short[] pcm = audio.pcm();
        for (int offset = 0; offset < pcm.length; offset += frameSamples) {
            int length = Math.min(frameSamples, pcm.length - offset);
            short[] chunk = java.util.Arrays.copyOfRange(pcm, offset, offset + length);
            long due = playheadNanos - leadNanos;
            waitUntil(due);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            boolean first = false;
            TurnTiming timing = audio.timing();
            synchronized (state) {
                long now = System.nanoTime();
                if (!speaking) {
                    speaking = true;
                    first = true;
                    playheadNanos = now;
                }
                if (audio.index() != currentIndex) {
                    if (currentIndex >= 0) {
                        heardSentences.add(currentSentence);
                    }
                    currentIndex = audio.index();
                    currentSentence = audio.sentence();
                    currentPlayedSamples = 0;
                }
                push(new Frame.OutputAudio(chunk, sampleRate, audio.index(), audio.sentence(),
                        audio.offsetSamples() + offset, timing), Direction.DOWNSTREAM);
                currentPlayedSamples += length;
                long frameNanos = length * 1_000_000_000L / sampleRate;
                playheadNanos += (long) (frameNanos / speed);
                sentMillis += length * 1000L / sampleRate;
            }
            if (first) {
                announce(new Frame.BotStartedSpeaking());
            }
            if (!metricsSent && timing.answersCaller()) {
                metricsSent = true;
                push(new Frame.TurnMetrics(timing.withFirstAudioSent(System.nanoTime())), Direction.DOWNSTREAM);
            }
        }
    }

    @Override
    protected void interrupted() {
        String heard;
        boolean wasSpeaking;
        synchronized (state) {
            wasSpeaking = speaking;
            heard = wasSpeaking ? heardText() : "";
            resetReply();
        }
        if (wasSpeaking) {
            announce(new Frame.BotInterrupted(heard));
            announce(new Frame.BotStoppedSpeaking());
        }
    }

    /**
     * The words of the current reply the caller has heard by now. The audio sent but not yet played is dropped by
     * the client on the interruption, so it no longer counts as sent: later playback reports stay comparable.
     * Holds {@code state}.
     */
    private String heardText() {
        long now = System.nanoTime();
        long unheardMillis = Math.max(0, (long) ((playheadNanos - now) * speed) / 1_000_000);
        if (clientPlayedMillis >= 0) {
            long clientEstimate = clientPlayedMillis + (now - clientReportNanos) / 1_000_000;
            unheardMillis = Math.max(unheardMillis, sentMillis - Math.min(sentMillis, clientEstimate));
        }
        sentMillis = Math.max(0, sentMillis - unheardMillis);
        long heardSamples = Math.max(0, currentPlayedSamples - unheardMillis * sampleRate / 1000);
        long total = sentenceLengths.getOrDefault(currentIndex, currentPlayedSamples);
        StringBuilder heard = new StringBuilder(String.join(" ", heardSentences));
        String partial = HeardWords.prefix(currentSentence, total == 0 ? 0 : (double) heardSamples / total);
        if (!partial.isEmpty()) {
            if (!heard.isEmpty()) {
                heard.append(' ');
            }
            heard.append(partial);
        }
        return heard.toString();
    }

    private void resetReply() {
        speaking = false;
        metricsSent = false;
        heardSentences.clear();
        sentenceLengths.clear();
        currentIndex = -1;
        currentSentence = "";
        currentPlayedSamples = 0;
    }

    private void announce(Frame frame) {
        push(frame, Direction.UPSTREAM);
        push(frame, Direction.DOWNSTREAM);
    }

    private static void waitUntil(long dueNanos) throws InterruptedException {
        long wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
