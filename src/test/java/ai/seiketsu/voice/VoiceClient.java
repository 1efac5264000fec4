package ai.seiketsu.voice;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A real WebSocket client for browser-call tests (the JDK's): what the server sends arrives in order as
 * {@link Frame}s. {@link #stopReading()} stops asking the socket for more, like a browser tab that hangs: the JDK
 * then stops reading from TCP and the server's writes back up.
 */
final class VoiceClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    sealed interface Frame {
    }

    record Text(JsonNode json) implements Frame {
        String type() {
            return json.path("type").asString();
        }
    }

    record Binary(byte[] bytes) implements Frame {
    }

    record Closed(int code, String reason) implements Frame {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    private volatile boolean reading = true;

    private VoiceClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().buildAsync(uri, new Collector()).join();
    }

    /** Connects, or fails the test when the handshake is refused. */
    static VoiceClient connect(int port, String url) {
        return new VoiceClient(local(port, url));
    }

    /** The status the server refused the upgrade with; fails the test when it upgraded. */
    static int refusal(int port, String url) {
        try {
            new VoiceClient(local(port, url)).close();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        return fail("the upgrade was accepted");
    }

    /** The ticket's URL with the test server's port instead of the configured public URL's. */
    static URI local(int port, String url) {
        URI given = URI.create(url);
        return URI.create("ws://localhost:" + port + given.getRawPath() + "?" + given.getRawQuery());
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void send(byte[] audio) {
        socket.sendBinary(ByteBuffer.wrap(audio), true).join();
    }

    Frame next() {
        try {
            Frame frame = frames.poll(20, TimeUnit.SECONDS);
            if (frame == null) {
                return fail("nothing arrived within 20 s");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame if one arrives within {@code timeout}, else null. */
    @org.jspecify.annotations.Nullable
    Frame poll(Duration timeout) {
        try {
            return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next JSON event, which must be of {@code type}. */
    JsonNode event(String type) {
        Frame frame = next();
        assertThat(frame).as("expected a %s event", type).isInstanceOf(Text.class);
        assertThat(((Text) frame).type()).isEqualTo(type);
        return ((Text) frame).json();
    }

    /** The next JSON event, which must be an error with {@code code}. */
    JsonNode error(String code) {
        JsonNode error = event("error");
        assertThat(error.path("code").asString()).isEqualTo(code);
        assertThat(error.path("message").asString()).isNotBlank();
        return error;
    }

    byte[] audio() {
        Frame frame = next();
        assertThat(frame).as("expected audio").isInstanceOf(Binary.class);
        return ((Binary) frame).bytes();
    }

    /** The close code, after anything else still on its way. */
    int closed() {
        while (true) {
            if (next() instanceof Closed closed) {
                return closed.code();
            }
        }
    }

    void stopReading() {
        reading = false;
    }

    /** Drops the TCP connection without a close handshake, like a tab that is killed. */
    void drop() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                frames.add(new Text(JSON.readTree(text.toString())));
                text.setLength(0);
            }
            return more(webSocket);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                frames.add(new Binary(binary.toByteArray()));
                binary.reset();
            }
            return more(webSocket);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            frames.add(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            frames.add(new Closed(-1, String.valueOf(error.getClass().getSimpleName())));
        }

        private CompletionStage<?> more(WebSocket webSocket) {
            if (reading) {
                webSocket.request(1);
            }
            return CompletableFuture.completedFuture(null);
        }
    }
}
