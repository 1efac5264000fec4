package ai.seiketsu.voice.web;

import ai.seiketsu.shared.PublicEndpoint;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/**
 * {@code /ws/v1/voice}: hands each connection's events to its {@link BrowserCall}. Public to Spring Security
 * because a browser cannot send a bearer header with a WebSocket: the single-use ticket in the query is the
 * credential, and {@link CallAdmission} checks it before the upgrade.
 */
@Component
@PublicEndpoint("the single-use voice ticket in the query is the credential; CallAdmission checks it before the upgrade")
class BrowserCallHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(BrowserCallHandler.class);
    private static final String CALL = BrowserCall.class.getName();

    private final BrowserCalls calls;

    BrowserCallHandler(BrowserCalls calls) {
        this.calls = calls;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        if (!(session.getAttributes().get(Admission.ATTRIBUTE) instanceof Admission admission)) {
            throw new IllegalStateException("a browser call connected without an admission");
        }
        BrowserCall call = calls.connect(session, admission);
        session.getAttributes().put(CALL, call);
        call.opened();
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        BrowserCall call = callOf(session);
        if (call != null) {
            call.text(message.getPayload());
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        BrowserCall call = callOf(session);
        if (call != null) {
            call.binary(message.getPayload());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Browser call transport error ({})", exception.getClass().getSimpleName());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        BrowserCall call = callOf(session);
        if (call != null) {
            call.closed();
        }
    }

    private static @Nullable BrowserCall callOf(WebSocketSession session) {
        return session.getAttributes().get(CALL) instanceof BrowserCall call ? call : null;
    }
}
