package ai.seiketsu.conversations;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which conversations a list shows; null means "any". {@code from} is inclusive, {@code to} exclusive (start time). */
public record ConversationFilter(@Nullable UUID agentId, @Nullable UUID leadId, @Nullable Channel channel,
        @Nullable ConversationStatus status, @Nullable Instant from, @Nullable Instant to) {

    public static final ConversationFilter ANY = new ConversationFilter(null, null, null, null, null, null);
}
