package ai.seiketsu.voice.internal.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.conversations.Turn;
import ai.seiketsu.conversations.TurnRole;
import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.FrameProcessor.Direction;
import ai.seiketsu.pipeline.Pipeline;
import ai.seiketsu.pipeline.TurnTiming;
import ai.seiketsu.pipeline.processors.OutputPacer;
import ai.seiketsu.pipeline.processors.ResponderProcessor;
import ai.seiketsu.pipeline.processors.SttProcessor;
import ai.seiketsu.pipeline.processors.TurnTaking;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.Call;
import ai.seiketsu.voice.CallContext;
import ai.seiketsu.voice.CallOutput;

/**
 * One browser or phone call running through a voice {@link Pipeline}. It turns what the pipeline does into what
 * the client sees (transcripts, speaking, interruptions, turn metrics, agent audio) and what the conversation
 * keeps: each caller turn and each agent turn is written as soon as it is complete, on the call's own recorder
 * thread, so a dropped call still leaves everything said so far saved and the pipeline never waits for the
 * database. An interrupted agent turn keeps only the words the caller heard.
 */
final class CallSession implements Call {

    private static final Logger log = LoggerFactory.getLogger(CallSession.class);

    private final CallContext context;
    private final CallOutput output;
    private final Conversations conversations;
    private final TurnMetricsRecorder metrics;
    private final Pipeline pipeline;
    private final ExecutorService recorder;
    private final long startNanos = System.nanoTime();
    private final Instant startInstant = Instant.now();
    private final AtomicBoolean finished = new AtomicBoolean();

    // what the current caller and agent turns hold; guarded by this
    private long callerTurnStartNanos;
    private @Nullable Reply reply;

    CallSession(CallContext context, CallOutput output, Conversations conversations, TurnMetricsRecorder metrics,
            StageFactory stages) {
        this.context = context;
        this.output = output;
        this.conversations = conversations;
        this.metrics = metrics;
        this.recorder = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("call-recorder").factory());
        this.pipeline = Pipeline.of(stages.create(), this::observe, this::exit);
    }

    @Override
    public void start() {
        pipeline.start();
        pipeline.send(new Frame.Greet());
    }

    @Override
    public void audio(short[] pcm16k) {
        pipeline.send(new Frame.InputAudio(pcm16k, 16_000, System.nanoTime()));
    }

    @Override
    public void playback(long playedMs) {
        pipeline.sendUpstreamFromEnd(new Frame.Playback(playedMs));
    }

    @Override
    public void stop() {
        finish(ConversationOutcome.INCOMPLETE);
    }

    @Override
    public void disconnected() {
        pipeline.cancel("disconnected");
        writeLastTurns();
    }

    // ---- what the pipeline does, as it happens

    private void observe(FrameProcessor from, Frame frame, Direction direction) {
        switch (frame) {
            case Frame.Transcript transcript -> output.event(transcriptEvent("caller", transcript.text(),
                    transcript.isFinal()));
            case Frame.UserStartedSpeaking started -> {
                synchronized (this) {
                    if (callerTurnStartNanos == 0) {
                        callerTurnStartNanos = started.startedNanos();
                    }
                }
            }
            case Frame.UserTurn turn -> {
                long began;
                synchronized (this) {
                    began = callerTurnStartNanos == 0 ? turn.timing().lastVoicedNanos() : callerTurnStartNanos;
                    callerTurnStartNanos = 0;
                }
                record(Turn.caller(turn.text(), instant(began)));
            }
            case Frame.AgentSentence sentence -> {
                synchronized (this) {
                    if (sentence.index() == 0 || reply == null) {
                        reply = new Reply();
                    }
                    reply.add(sentence.text());
                }
            }
            case Frame.SentenceDone done when done.index() == 0 -> {
                synchronized (this) {
                    if (reply != null) {
                        reply.cacheHit = done.cacheHit();
                    }
                }
            }
            case Frame.OutputAudio audio when direction == Direction.DOWNSTREAM && audio.offsetSamples() == 0
                    && from instanceof OutputPacer -> output.event(transcriptEvent("agent", audio.sentence(), true));
            case Frame.BotStartedSpeaking started when direction == Direction.DOWNSTREAM -> {
                synchronized (this) {
                    if (reply != null && reply.startedNanos == 0) {
                        reply.startedNanos = System.nanoTime();
                    }
                }
                output.event(Map.of("type", "agent.speaking"));
            }
            case Frame.BotInterrupted interrupted when direction == Direction.DOWNSTREAM -> {
                output.event(Map.of("type", "agent.interrupted", "heardText", interrupted.heardText()));
                synchronized (this) {
                    if (reply != null) {
                        reply.heard(interrupted.heardText());
                    }
                }
                saveReply(true);
            }
            case Frame.TurnMetrics turnMetrics -> {
                TurnTiming timing = turnMetrics.timing();
                synchronized (this) {
                    if (reply != null) {
                        reply.timing = timing;
                    }
                }
                metrics.record(timing);
                output.event(metricsEvent(timing));
            }
            default -> {
            }
        }
    }

    private void exit(Frame frame, Direction direction) {
        switch (frame) {
            case Frame.OutputAudio audio -> output.audio(audio.pcm());
            case Frame.ResponseEnd end -> {
                saveReply(false);
                if (end.endCall()) {
                    finish(ConversationOutcome.INFORMATION_PROVIDED);
                }
            }
            case Frame.Error error when error.fatal() -> {
                log.warn("call {} failed: {}", context.conversationId(), error.message(), error.cause());
                pipeline.cancel("failed");
                saveReply(true);
                output.fail("INTERNAL", "The call could not go on.", 1011);
            }
            case Frame.Error error -> log.warn("call {}: {}", context.conversationId(), error.message(),
                    error.cause());
            default -> {
            }
        }
    }

    // ---- the record

    /**
     * Ends the call once: the pipeline stops, the last turns are written, then the outcome is reported. The
     * reporting runs on a thread of its own, since the caller may be a pipeline stage that the stop has just
     * interrupted, and the transport writes the conversation's end to the database from {@code output.end}.
     */
    private void finish(ConversationOutcome outcome) {
        if (finished.compareAndSet(false, true)) {
            pipeline.cancel("ended");
            Thread.ofVirtual().name("call-end").start(() -> {
                writeLastTurns();
                output.end(outcome, null);
            });
        }
    }

    /**
     * Writes the reply being spoken and everything queued, then stops the recorder. The end of the call and the
     * transport's disconnect may both get here; the first does the work, the second finds it done.
     */
    private synchronized void writeLastTurns() {
        saveReply(true);
        drainRecorder();
    }

    /** Writes the agent's current reply, if any; {@code cutShort} when it did not play to its end. */
    private void saveReply(boolean cutShort) {
        Reply done;
        synchronized (this) {
            done = reply;
            reply = null;
        }
        if (done == null || done.startedNanos == 0 && cutShort) {
            return; // nothing of it was spoken
        }
        String text = done.spokenText();
        if (text.isBlank()) {
            return;
        }
        TurnTiming t = done.timing;
        record(new Turn(TurnRole.AGENT, text, instant(done.startedNanos == 0 ? System.nanoTime() : done.startedNanos),
                done.interrupted, done.cacheHit, millis(t, t.endpointMillis()), millis(t, t.sttMillis()),
                millis(t, t.thinkMillis()), millis(t, t.ttsFirstAudioMillis()), millis(t, t.responseMillis())));
    }

    private void record(Turn turn) {
        UUID conversation = context.conversationId();
        try {
            recorder.execute(() -> {
                try {
                    TenantContext.run(context.tenant(), () -> conversations.appendTurn(conversation, turn));
                }
                catch (RuntimeException e) {
                    log.warn("call {}: a turn could not be saved", conversation, e);
                }
            });
        }
        catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("call {} already closed; turn not saved", conversation);
        }
    }

    /**
     * Lets the recorder write what is queued, then stops it. The thread may be a pipeline stage's, interrupted by
     * the pipeline's own stop a moment ago: the wait must still happen, or the last turns would be written after the
     * conversation has ended.
     */
    private void drainRecorder() {
        recorder.shutdown();
        boolean wasInterrupted = Thread.interrupted();
        try {
            if (!recorder.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("call {}: turns still being saved after 10 s", context.conversationId());
            }
        }
        catch (InterruptedException e) {
            wasInterrupted = true;
        }
        finally {
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Instant instant(long nanos) {
        return startInstant.plusNanos(nanos - startNanos);
    }

    private static @Nullable Integer millis(TurnTiming timing, long value) {
        return timing.answersCaller() ? (int) value : null;
    }

    private static Map<String, Object> transcriptEvent(String role, String text, boolean isFinal) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "transcript");
        event.put("role", role);
        event.put("text", text);
        event.put("final", isFinal);
        return event;
    }

    private static Map<String, Object> metricsEvent(TurnTiming timing) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "turn.metrics");
        event.put("endpointMs", timing.endpointMillis());
        event.put("sttMs", timing.sttMillis());
        event.put("thinkMs", timing.thinkMillis());
        event.put("ttsFirstAudioMs", timing.ttsFirstAudioMillis());
        event.put("responseMs", timing.responseMillis());
        return event;
    }

    /** The agent turn being spoken. */
    private static final class Reply {

        private final StringBuilder text = new StringBuilder();
        private @Nullable String heardText;
        private boolean interrupted;
        private boolean cacheHit;
        private long startedNanos;
        private TurnTiming timing = TurnTiming.NONE;

        void add(String sentence) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence);
        }

        void heard(String heard) {
            interrupted = true;
            heardText = heard;
        }

        String spokenText() {
            return heardText != null ? heardText : text.toString();
        }
    }
}
