package ai.seiketsu.agents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.agents.DialogueSettings.BookingRules;
import ai.seiketsu.agents.DialogueSettings.KnowledgeSnippet;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A change of a voice agent's {@link DialogueSettings}: each part given replaces that part whole (a list is replaced,
 * not merged; {@code []} empties it), null leaves it as it is. A null inside a list is refused by the JSON reader.
 */
public record DialogueChange(@Nullable DialogueMode mode,
        @JsonSetter(contentNulls = Nulls.FAIL) @Nullable Set<QualificationFact> requiredFacts,
        @JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<KnowledgeSnippet> knowledge,
        @Nullable BookingChange booking) {

    /** Any of the booking rules' parts. */
    public record BookingChange(@Nullable BookedAppointmentType appointmentType,
            @JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<UUID> teamMemberIds,
            @Nullable Integer slotsToOffer) {

        BookingRules applyTo(BookingRules current) {
            return new BookingRules(appointmentType != null ? appointmentType : current.appointmentType(),
                    teamMemberIds != null ? teamMemberIds : current.teamMemberIds(),
                    slotsToOffer != null ? slotsToOffer : current.slotsToOffer());
        }
    }

    /** {@code current} with this change applied; not yet validated. */
    DialogueSettings applyTo(DialogueSettings current) {
        return new DialogueSettings(mode != null ? mode : current.mode(),
                requiredFacts != null ? requiredFacts : current.requiredFacts(),
                knowledge != null ? knowledge : current.knowledge(),
                booking != null ? booking.applyTo(current.booking()) : current.booking());
    }
}
