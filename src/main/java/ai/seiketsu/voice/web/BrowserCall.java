package ai.seiketsu.voice.web;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.Call;
import ai.seiketsu.voice.CallContext;
import ai.seiketsu.voice.CallOutput;
import ai.seiketsu.voice.internal.CallSlots.CallSlot;
import ai.seiketsu.voice.internal.VoiceTicket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One browser call's connection: turns the wire protocol (product.md, "Browser voice") into {@link Call} methods
 * and the call's {@link CallOutput} back into frames. It owns the conversation's start and end and the plan slot.
 *
 * <p>Inbound messages arrive one at a time on the connection's thread; {@link Call} methods run under a lock, so
 * they never overlap, not even {@link Call#disconnected()}. Outbound goes through {@link Outbound}: a client that
 * stops reading ends the call instead of making the server buffer without bound. The end happens once, on a virtual
 * thread of its own: the conversation is ended in the database, the slot released, then the client is told and the
 * connection closed, and the call disconnected last (first when the connection is already gone, so that the call
 * can still report its outcome).
 */
final class BrowserCall implements CallOutput {

    private static final Logger log = LoggerFactory.getLogger(BrowserCall.class);
    private static final long RATE_LIMITED_NOTICE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private enum Phase { OPEN, STARTED, STOPPING }

    /** How the connection ends. */
    private sealed interface Ending {
    }

    /** The call reported its end, or the stop grace period ran out: {@code conversation.ended}, close 1000. */
    private record Finished() implements Ending {
    }

    private record Failed(String code, String message, int closeCode) implements Ending {
    }

    /** The client stopped reading: nothing more can reach it. */
    private record SlowClient() implements Ending {
    }

    /** The connection is gone. */
    private record Lost() implements Ending {
    }

    private record Report(ConversationOutcome outcome, @Nullable UUID leadId) {
    }

    private final Outbound out;
    private final Admission admission;
    private final BrowserCalls calls;
    private final InboundLimits limits = new InboundLimits();
    private final ReentrantLock callLock = new ReentrantLock();
    private final AtomicBoolean ending = new AtomicBoolean();
    private final AtomicReference<@Nullable Report> reported = new AtomicReference<>();
    private volatile Phase phase = Phase.OPEN;
    private volatile @Nullable CallContext context;
    private @Nullable Call call; // guarded by callLock
    private boolean disconnected; // guarded by callLock
    private volatile @Nullable ScheduledFuture<?> stopGrace;
    private long lastRateLimitedNotice = System.nanoTime() - RATE_LIMITED_NOTICE_NANOS;

    BrowserCall(WebSocketSession session, Admission admission, BrowserCalls calls) {
        this.admission = admission;
        this.calls = calls;
        this.out = new Outbound(session, calls.json, calls.properties.sendTimeLimit(),
                calls.properties.sendBufferBytes());
    }

    /** The connection is open: start the conversation, say {@code ready}, open the call. */
    void opened() {
        if (!admission.claim()) {
            refuse(WireEvents.INTERNAL, "The connection took too long to open; ask for a new ticket.",
                    CloseStatus.SERVER_ERROR);
            return;
        }
        if (admission.slot() == null) {
            refuse(WireEvents.PLAN_LIMIT, "This agency's plan allows no more concurrent calls; try again later.",
                    CloseStatus.POLICY_VIOLATION);
            return;
        }
        VoiceTicket ticket = admission.ticket();
        UUID conversationId;
        try {
            conversationId = calls.startConversation(ticket.tenant(), ticket.agentId());
        } catch (RuntimeException e) {
            log.error("Could not start the conversation of a browser call", e);
            releaseSlot();
            refuse(WireEvents.INTERNAL, "Something went wrong on our side; try again.", CloseStatus.SERVER_ERROR);
            return;
        }
        CallContext admitted = new CallContext(ticket.tenant(), ticket.agentId(), conversationId, ticket.mode());
        context = admitted;
        send(out.text(WireEvents.ready(conversationId)));
        open(admitted);
    }

    private void open(CallContext admitted) {
        callLock.lock();
        try {
            if (!disconnected) {
                call = TenantContext.call(admitted.tenant(), () -> calls.factory.open(admitted, this));
            }
        } catch (RuntimeException e) {
            internalError(e);
        } finally {
            callLock.unlock();
        }
    }

    void text(String payload) {
        if (!accepting()) {
            return;
        }
        JsonNode message;
        try {
            message = calls.json.readTree(payload);
        } catch (JacksonException e) {
            badFrame("Text messages are JSON objects with a type.");
            return;
        }
        JsonNode type = message.path("type");
        switch (type.isString() ? type.asString() : "") {
            case "start" -> start(message);
            case "playback" -> playback(message);
            case "stop" -> stop();
            default -> badFrame("Unknown message type.");
        }
    }

    void binary(ByteBuffer payload) {
        if (!accepting()) {
            return;
        }
        if (phase != Phase.STARTED) {
            badFrame("Audio comes after start.");
            return;
        }
        int bytes = payload.remaining();
        if (bytes == 0 || bytes % 2 != 0 || bytes > Pcm.MAX_FRAME_BYTES) {
            badFrame("Audio frames are whole 16-bit samples, at most 200 ms (" + Pcm.MAX_FRAME_BYTES + " bytes).");
            return;
        }
        if (!limits.audio(Pcm.millis(bytes))) {
            rateLimited();
            return;
        }
        short[] pcm = Pcm.decode(payload);
        invoke(call -> call.audio(pcm));
    }

    /** The connection closed (the client went away, or we closed it). */
    void closed() {
        finish(new Lost());
    }

    /** Whether an inbound message is looked at: not after stop or the end, and not beyond the rate limit. */
    private boolean accepting() {
        if (ending.get() || phase == Phase.STOPPING) {
            return false;
        }
        if (!limits.message()) {
            rateLimited();
            return false;
        }
        return true;
    }

    private void start(JsonNode message) {
        if (phase != Phase.OPEN) {
            badFrame("start was already sent.");
            return;
        }
        JsonNode format = message.get("format");
        JsonNode sampleRate = message.get("sampleRate");
        if (format != null && !(format.isString() && "pcm16le".equals(format.asString()))
                || sampleRate != null && !(sampleRate.isIntegralNumber() && sampleRate.asLong() == Pcm.SAMPLE_RATE)) {
            fail(WireEvents.UNSUPPORTED_FORMAT, "Audio must be pcm16le, mono, 16000 Hz.",
                    CloseStatus.POLICY_VIOLATION.getCode());
            return;
        }
        phase = Phase.STARTED;
        invoke(Call::start);
    }

    private void playback(JsonNode message) {
        JsonNode played = message.path("playedMs");
        if (phase != Phase.STARTED || !played.isIntegralNumber() || !played.canConvertToLong() || played.asLong() < 0) {
            badFrame("playback comes after start, with playedMs: whole milliseconds.");
            return;
        }
        long playedMs = played.asLong();
        invoke(call -> call.playback(playedMs));
    }

    private void stop() {
        phase = Phase.STOPPING;
        stopGrace = calls.schedule(() -> finish(new Finished()), calls.properties.stopGrace().toMillis(),
                TimeUnit.MILLISECONDS);
        invoke(Call::stop);
    }

    // CallOutput: any thread

    @Override
    public void event(Object event) {
        if (!ending.get()) {
            try {
                send(out.text(event));
            } catch (JacksonException e) {
                internalError(e);
            }
        }
    }

    @Override
    public void audio(short[] pcm16k) {
        for (int from = 0; from < pcm16k.length && !ending.get(); from += Pcm.MAX_FRAME_SAMPLES) {
            int count = Math.min(Pcm.MAX_FRAME_SAMPLES, pcm16k.length - from);
            send(new BinaryMessage(Pcm.encode(pcm16k, from, count)));
        }
    }

    @Override
    public void end(ConversationOutcome outcome, @Nullable UUID leadId) {
        reported.compareAndSet(null, new Report(outcome, leadId));
        finish(new Finished());
    }

    @Override
    public void fail(String code, String message, int closeCode) {
        finish(new Failed(code, message, closeCode >= 1000 && closeCode < 5000 ? closeCode : 1011));
    }

    // the end

    private void finish(Ending how) {
        if (!ending.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> grace = stopGrace;
        if (grace != null) {
            grace.cancel(false);
        }
        Thread.ofVirtual().name("voice-call-end").start(() -> complete(how));
    }

    private void complete(Ending how) {
        try {
            if (how instanceof Lost || how instanceof SlowClient) {
                disconnectCall(); // first, so that the call can still report its outcome
            }
            Report report = reported.get();
            Report reportedOrNot = report != null ? report : new Report(ConversationOutcome.INCOMPLETE, null);
            Report result = recordEnd(reportedOrNot);
            Ending effective = result != null || !(how instanceof Finished) ? how
                    : new Failed(WireEvents.INTERNAL, "Something went wrong on our side.", 1011);
            releaseSlot(); // before the client hears of the end, so that it may call again at once
            calls.countEnd(switch (effective) {
                case Finished finished -> "completed";
                case Failed failed -> "failed";
                case SlowClient slow -> "slow_client";
                case Lost lost -> "lost";
            });
            switch (effective) {
                case Finished finished -> {
                    out.sendLast(WireEvents.ended(Objects.requireNonNull(result).outcome(), result.leadId()));
                    out.closeAfterFlush(CloseStatus.NORMAL);
                }
                case Failed failed -> {
                    out.sendLast(WireEvents.error(failed.code(), failed.message()));
                    out.closeAfterFlush(new CloseStatus(failed.closeCode()));
                }
                case SlowClient slow -> out.close(CloseStatus.POLICY_VIOLATION.withReason("The client is not reading."));
                case Lost lost -> out.close(CloseStatus.GOING_AWAY);
            }
        } finally {
            releaseSlot();
            disconnectCall();
        }
    }

    private void releaseSlot() {
        CallSlot slot = admission.slot();
        if (slot != null) {
            slot.release();
        }
    }

    /**
     * Ends the conversation and answers how it ended (the brain's outcome and lead); null when that failed (the client
     * must not be told it ended).
     */
    private @Nullable Report recordEnd(Report report) {
        CallContext admitted = context;
        if (admitted == null) {
            return report;
        }
        try {
            Dialogues.Concluded concluded = calls.endConversation(admitted.tenant(), admitted.conversationId(),
                    report.outcome(), report.leadId());
            return new Report(concluded.outcome(), concluded.leadId());
        } catch (RuntimeException e) {
            log.error("Could not end conversation {}", admitted.conversationId(), e);
            return null;
        }
    }

    private void disconnectCall() {
        callLock.lock();
        try {
            if (disconnected) {
                return;
            }
            disconnected = true;
            Call current = call;
            CallContext admitted = context;
            if (current != null && admitted != null) {
                TenantContext.run(admitted.tenant(), current::disconnected);
            }
        } catch (RuntimeException e) {
            log.warn("A call failed while disconnecting ({})", e.getClass().getSimpleName());
        } finally {
            callLock.unlock();
        }
    }

    /** A connection that never became a call: one error event, then close; the slot is the caller's concern. */
    private void refuse(String code, String message, CloseStatus status) {
        ending.set(true);
        out.sendLast(WireEvents.error(code, message));
        out.closeAfterFlush(status);
    }

    // sending

    /** Runs a call method on this thread, in the call's tenant, unless the call is over; a failure ends it. */
    private void invoke(Consumer<Call> method) {
        callLock.lock();
        try {
            Call current = call;
            CallContext admitted = context;
            if (!disconnected && current != null && admitted != null) {
                TenantContext.run(admitted.tenant(), () -> method.accept(current));
            }
        } catch (RuntimeException e) {
            internalError(e);
        } finally {
            callLock.unlock();
        }
    }

    private void internalError(RuntimeException e) {
        String errorId = UUID.randomUUID().toString();
        log.error("Browser call failed, error id {}", errorId, e);
        fail(WireEvents.INTERNAL, "Something went wrong on our side. Quote error id " + errorId + " when reporting it.",
                CloseStatus.SERVER_ERROR.getCode());
    }

    private void badFrame(String message) {
        send(out.text(WireEvents.error(WireEvents.BAD_FRAME, message)));
    }

    /** At most one notice a second: a client flooding us must not make us flood it back. */
    private void rateLimited() {
        long now = System.nanoTime();
        if (now - lastRateLimitedNotice >= RATE_LIMITED_NOTICE_NANOS) {
            lastRateLimitedNotice = now;
            send(out.text(WireEvents.error(WireEvents.RATE_LIMITED, "Too many messages or too much audio; dropped.")));
        }
    }

    private void send(WebSocketMessage<?> message) {
        switch (out.send(message)) {
            case SENT -> { }
            case SLOW_CLIENT -> finish(new SlowClient());
            case LOST -> finish(new Lost());
        }
    }
}
