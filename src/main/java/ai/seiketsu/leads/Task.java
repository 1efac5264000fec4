package ai.seiketsu.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Follow-up work for staff about a lead (product.md, "Core JSON shapes"). */
public record Task(UUID id, UUID leadId, TaskType type, @Nullable Instant dueAt, TaskStatus status,
        @Nullable String note, @Nullable UUID assignedUserId, Instant createdAt, Instant updatedAt) {
}
