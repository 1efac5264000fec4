package ai.seiketsu.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which leads a list shows; null means "any". {@code q} matches first name, last name, full name, e-mail
 * (case-insensitive, anywhere) and the phone's digits.
 */
public record LeadFilter(@Nullable LeadStage stage, @Nullable Boolean hot, @Nullable UUID assignedUserId,
        @Nullable String q, @Nullable Instant createdFrom, @Nullable Instant createdTo) {
}
