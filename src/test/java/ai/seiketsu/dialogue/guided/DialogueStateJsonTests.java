package ai.seiketsu.dialogue.guided;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ai.seiketsu.agents.QualificationFact;
import ai.seiketsu.dialogue.guard.FairHousingGuard;
import ai.seiketsu.dialogue.guided.DialogueState.Handoff;
import ai.seiketsu.dialogue.guided.DialogueState.Offered;
import ai.seiketsu.dialogue.guided.DialogueState.OfferedSlot;
import ai.seiketsu.dialogue.guided.DialogueState.Stage;
import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state is saved as JSON after every turn (DialogueStateRepository, with the application's JsonMapper, which is
 * Spring Boot's default one): every field must come back as it was, or a conversation changes between two turns.
 */
class DialogueStateJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyFieldRoundTrips() throws IllegalAccessException {
        DialogueState state = everythingSet();
        assertEveryFieldDiffersFromANewState(state);

        DialogueState back = json.readValue(json.writeValueAsString(state), DialogueState.class);

        assertThat(back).usingRecursiveComparison().isEqualTo(state);
        assertThat(back.declined).isInstanceOf(EnumSet.class);
        assertThat(json.writeValueAsString(back)).isEqualTo(json.writeValueAsString(state));
    }

    @Test
    void aNewStateRoundTrips() {
        DialogueState state = new DialogueState();

        DialogueState back = json.readValue(json.writeValueAsString(state), DialogueState.class);

        assertThat(back).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void aConversationGoesOnFromItsSavedState() {
        MemoryWorld world = new MemoryWorld().requiredFacts(QualificationFact.INTENT, QualificationFact.AREA,
                QualificationFact.NAME, QualificationFact.CALLBACK_NUMBER);
        GuidedDialogue brain = new GuidedDialogue(new FairHousingGuard());
        DialogueState state = new DialogueState();
        brain.greet(state, world);
        for (String said : List.of("I'm Maria Lopez, I want to buy in Austin, my number is 512 555 0142", "yes",
                "yes the second one")) {
            state = json.readValue(json.writeValueAsString(state), DialogueState.class);
            brain.answer(state, said, world);
        }
        state = json.readValue(json.writeValueAsString(state), DialogueState.class);

        assertThat(brain.answer(state, "the second one", world).text()).contains("You're booked", "88 Oak Lane");
        assertThat(world.activeBookings()).hasSize(1);
    }

    private static DialogueState everythingSet() {
        DialogueState s = new DialogueState();
        s.intent = Intent.BUY;
        s.areas.addAll(List.of("Austin", "78704"));
        s.budgetMin = 400_000;
        s.budgetMax = 500_000;
        s.bedrooms = 3;
        s.bathrooms = 2;
        s.propertyType = PropertyType.TOWNHOUSE;
        s.timeline = Timeline.THREE_TO_SIX_MONTHS;
        s.financing = Financing.CASH;
        s.motivation = "relocating for work";
        s.firstName = "Maria";
        s.lastName = "Lopez";
        s.phone = "+15125550142";
        s.email = "maria@example.com";
        s.doNotCall = true;
        s.declined = EnumSet.of(QualificationFact.EMAIL, QualificationFact.MOTIVATION);
        s.leadChanged = true;
        s.stage = Stage.SLOTS_OFFERED;
        s.asking = QualificationFact.BATHROOMS;
        s.misses = 1;
        s.confirming = QualificationFact.CALLBACK_NUMBER;
        s.wantsBooking = true;
        s.wantsCallback = true;
        s.listings.add(new Offered(UUID.randomUUID(), "1204 Maple Street"));
        s.listings.add(new Offered(UUID.randomUUID(), "88 Oak Lane"));
        s.focus = 1;
        s.listingsSearched = true;
        Instant start = Instant.parse("2026-11-28T20:00:00Z");
        s.slots.add(new OfferedSlot(MemoryWorld.MEMBER, start, start.plusSeconds(1_800)));
        s.bookingListingId = s.listings.get(1).id();
        s.leadId = UUID.randomUUID();
        s.appointmentId = UUID.randomUUID();
        s.appointmentAt = start;
        s.appointmentUserId = MemoryWorld.MEMBER;
        s.handoff = Handoff.CALLBACK;
        s.callbackTaskId = UUID.randomUUID();
        s.noInterest = true;
        s.leftMidFlow = true;
        s.bookingFrom = start.minusSeconds(3_600);
        s.bookingTo = start.plusSeconds(3_600);
        s.reask = QualificationFact.EMAIL;
        s.questionsAnswered = 4;
        s.lastReply = "Which works best for you?";
        s.callerTurns = 7;
        return s;
    }

    /** So that a field added to the state later is added here too. */
    private static void assertEveryFieldDiffersFromANewState(DialogueState state) throws IllegalAccessException {
        DialogueState fresh = new DialogueState();
        for (Field field : DialogueState.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            assertThat(Objects.equals(field.get(state), field.get(fresh)))
                    .as("field %s is set in the test state", field.getName()).isFalse();
        }
    }
}
