package ai.seiketsu.voice.web;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One connection's way out, safe for any number of threads: Spring's {@link ConcurrentWebSocketSessionDecorator}
 * lets one thread write while the others queue, and answers {@link Result#SLOW_CLIENT} once a write has been blocked
 * longer than the send time limit or more than the buffer limit is queued, so that a client which stops reading
 * cannot make the server buffer without bound. Tomcat's own bound on a blocking write is set to the same limit, so
 * the thread that is writing is released too.
 */
final class Outbound {

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);
    /** Tomcat's per-session bound on a blocking send (default 20 s). */
    private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    enum Result { SENT, SLOW_CLIENT, LOST }

    private final WebSocketSession session;
    private final ConcurrentWebSocketSessionDecorator out;
    private final JsonMapper json;
    private final Duration sendTimeLimit;

    Outbound(WebSocketSession session, JsonMapper json, Duration sendTimeLimit, int bufferBytes) {
        this.session = session;
        this.json = json;
        this.sendTimeLimit = sendTimeLimit;
        this.out = new ConcurrentWebSocketSessionDecorator(session, (int) sendTimeLimit.toMillis(), bufferBytes,
                ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof jakarta.websocket.Session standard) {
            standard.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, sendTimeLimit.toMillis());
        }
    }

    /** A JSON event: an object with a {@code type}. */
    TextMessage text(Object event) {
        return new TextMessage(json.writeValueAsString(event));
    }

    Result send(WebSocketMessage<?> message) {
        try {
            out.sendMessage(message);
            return Result.SENT;
        } catch (SessionLimitExceededException e) {
            return Result.SLOW_CLIENT;
        } catch (IOException | RuntimeException e) {
            return Result.LOST;
        }
    }

    /** The last event before a close: whether it arrives no longer matters to anyone but the client. */
    void sendLast(Object event) {
        if (send(text(event)) != Result.SENT) {
            log.debug("The last event of a browser call could not be sent");
        }
    }

    /** Lets what is queued reach the client first, for at most the send time limit, then closes. */
    void closeAfterFlush(CloseStatus status) {
        long deadline = System.nanoTime() + sendTimeLimit.toNanos();
        while (out.getBufferSize() > 0 && session.isOpen() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close(status);
    }

    /** Closes the connection itself (not through the decorator, which skips a close while it checks its limits). */
    void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing a browser call's connection failed ({})", e.getClass().getSimpleName());
        }
    }
}
