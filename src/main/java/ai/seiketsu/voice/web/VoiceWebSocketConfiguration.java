package ai.seiketsu.voice.web;

import ai.seiketsu.voice.internal.VoiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The browser-call WebSocket, {@code /ws/v1/voice}, behind its admission check. Any origin may connect: the page
 * is usually the agency's own website, and no ambient credential (cookie) is involved that another site could
 * abuse; the ticket is the credential. The container bounds what one message may be: a text message is a small
 * JSON object, and a binary one is at most 200 ms of audio (6,400 bytes; up to 64 KiB still arrives, to be
 * answered {@code BAD_FRAME}; beyond that the container closes the connection with 1009).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class VoiceWebSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws/v1/voice";
    static final int MAX_TEXT_MESSAGE_BYTES = 8 * 1024;
    static final int MAX_BINARY_MESSAGE_BYTES = 64 * 1024;

    private final BrowserCallHandler handler;
    private final CallAdmission admission;

    VoiceWebSocketConfiguration(BrowserCallHandler handler, CallAdmission admission) {
        this.handler = handler;
        this.admission = admission;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, PATH).addInterceptors(admission).setAllowedOriginPatterns("*");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer(VoiceProperties properties) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(MAX_TEXT_MESSAGE_BYTES);
        container.setMaxBinaryMessageBufferSize(MAX_BINARY_MESSAGE_BYTES);
        container.setMaxSessionIdleTimeout(properties.idleTimeout().toMillis());
        container.setAsyncSendTimeout(properties.sendTimeLimit().toMillis());
        return container;
    }
}
