package ai.seiketsu.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One change in a lead's history: when, who ({@code actorType} {@code user}, {@code api_key}, {@code system},
 * ...), what ({@code kind}), and the values before and after where that means something (stage, score,
 * assignee).
 */
public record TimelineEntry(UUID id, UUID leadId, Instant occurredAt, String actorType, @Nullable String actorId,
        Kind kind, @Nullable String from, @Nullable String to, @Nullable String note) {

    /** What happened. */
    public enum Kind {
        CREATED, MERGED, UPDATED, SCORE_CHANGED, STAGE_CHANGED, ASSIGNED, NOTE_ADDED, TASK_CREATED, TASK_UPDATED
    }
}
