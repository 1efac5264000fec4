package ai.seiketsu.leads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A lead as the API shows it (product.md, "Core JSON shapes"). {@code score}, {@code scoreReasons} and
 * {@code hot} are always {@link LeadScoring#score} of the details, never set by hand.
 */
public record Lead(UUID id, @Nullable String firstName, @Nullable String lastName, @Nullable String phone,
        @Nullable String email, @Nullable Intent intent, List<String> areas, @Nullable PropertyType propertyType,
        @Nullable Integer budgetMin, @Nullable Integer budgetMax, @Nullable Integer bedroomsMin,
        @Nullable Integer bathroomsMin, @Nullable Timeline timeline, @Nullable Financing financing,
        @Nullable String motivation, List<String> mustHaves, String timeZone, LeadStage stage, int score,
        List<ScoreReason> scoreReasons, boolean hot, boolean doNotCall, String source,
        @Nullable UUID assignedUserId, List<UUID> conversationIds, Instant createdAt, Instant updatedAt) {

    public Lead {
        areas = List.copyOf(areas);
        mustHaves = List.copyOf(mustHaves);
        scoreReasons = List.copyOf(scoreReasons);
        conversationIds = List.copyOf(conversationIds);
    }

    /** A lead with these details and everything else as given; the score is computed here. */
    public static Lead of(UUID id, LeadDetails details, LeadStage stage, @Nullable UUID assignedUserId,
            List<UUID> conversationIds, Instant createdAt, Instant updatedAt) {
        LeadScore score = LeadScoring.score(details);
        return new Lead(id, details.firstName(), details.lastName(), details.phone(), details.email(),
                details.intent(), details.areas(), details.propertyType(), details.budgetMin(), details.budgetMax(),
                details.bedroomsMin(), details.bathroomsMin(), details.timeline(), details.financing(),
                details.motivation(), details.mustHaves(), String.valueOf(details.timeZone()), stage, score.score(),
                score.reasons(), score.hot(), Boolean.TRUE.equals(details.doNotCall()),
                details.source() == null ? "API" : details.source(), assignedUserId, conversationIds, createdAt,
                updatedAt);
    }

    public LeadDetails details() {
        return new LeadDetails(firstName, lastName, phone, email, intent, areas, propertyType, budgetMin, budgetMax,
                bedroomsMin, bathroomsMin, timeline, financing, motivation, mustHaves, timeZone, doNotCall, source);
    }

    public Lead withDetails(LeadDetails changed, Instant now) {
        return of(id, changed, stage, assignedUserId, conversationIds, createdAt, now);
    }

    public Lead withStage(LeadStage moved, Instant now) {
        return of(id, details(), moved, assignedUserId, conversationIds, createdAt, now);
    }

    public Lead withAssignee(@Nullable UUID userId, Instant now) {
        return of(id, details(), stage, userId, conversationIds, createdAt, now);
    }
}
