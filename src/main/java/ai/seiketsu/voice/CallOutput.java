package ai.seiketsu.voice;

import java.util.UUID;

import ai.seiketsu.conversations.ConversationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Call} speaks to its client. Thread-safe: any thread may call any method at any time. Methods never
 * throw; a send that fails ends the call. Sends are buffered per connection: the thread that happens to write to
 * the socket may wait while a slow client catches up, at most the transport's send time limit, and a client that
 * stops reading (past that limit or the buffer limit) has its call ended: conversation ended, slot released,
 * connection closed. Once the call has ended every method does nothing.
 */
public interface CallOutput {

    /**
     * A JSON event for the client (product.md, "Browser voice"): an object whose {@code type} property names it,
     * e.g. {@code transcript}, {@code agent.speaking}, {@code agent.interrupted}, {@code turn.metrics}. Serialized
     * with the application's JSON mapper (records and maps both do).
     */
    void event(Object event);

    /** The agent's speech, PCM signed 16-bit mono 16 kHz; sent as binary frames of at most 200 ms each. */
    void audio(short[] pcm16k);

    /**
     * The call is over: the transport records the conversation's end with this outcome (and links the lead, if
     * any), sends {@code {"type":"conversation.ended","outcome","leadId"}} and closes with 1000. Only the first
     * report counts.
     */
    void end(ConversationOutcome outcome, @Nullable UUID leadId);

    /**
     * The call cannot go on: the client gets {@code {"type":"error","code","message"}} and the connection closes
     * with {@code closeCode} (product.md: 1008 for the client's fault, 1011 for ours); the conversation ends
     * {@code INCOMPLETE}. {@code message} is shown to the client: never an exception's message.
     */
    void fail(String code, String message, int closeCode);
}
