package ai.seiketsu.leads;

import java.util.List;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's API as other modules use it: events in the change's transaction, and "a showing was booked". */
@IntegrationTest
@RecordApplicationEvents
class LeadEventsTests {

    @LocalServerPort
    int port;
    @Autowired
    Leads leads;
    @Autowired
    LeadNotes notes;
    @Autowired
    ApplicationEvents events;
    TenantId tenant;

    @BeforeEach
    void agency() {
        tenant = TenantId.of(Staff.newAgency(new Http(port), "lead-events").tenantId());
    }

    @Test
    void creatingAQualifiedLeadPublishesCreatedUpdatedAndQualifiedWithIdsOnly() {
        Lead lead = TenantContext.call(tenant, () -> leads.create(details("+15125550110", 1, Timeline.NOW,
                "relocating")).lead());
        assertThat(lead.stage()).isEqualTo(LeadStage.QUALIFIED);
        assertThat(events.stream(LeadCreated.class)).containsExactly(new LeadCreated(tenant, lead.id()));
        assertThat(events.stream(LeadQualified.class)).containsExactly(new LeadQualified(tenant, lead.id()));
        assertThat(events.stream(LeadUpdated.class)).contains(new LeadUpdated(tenant, lead.id()));
    }

    @Test
    void aBookedShowingMovesAnEarlierOpenLeadToAppointmentSetAsTheSystem() {
        Lead lead = TenantContext.call(tenant, () -> leads.create(details("+15125550111", null, null, null)).lead());
        Lead moved = TenantContext.call(tenant, () -> leads.showingBooked(lead.id()).orElseThrow());
        assertThat(moved.stage()).isEqualTo(LeadStage.APPOINTMENT_SET);
        TimelineEntry last = TenantContext.call(tenant, () -> notes.timeline(lead.id(),
                ai.seiketsu.shared.PageRequest.of(null, null)).items().getLast());
        assertThat(last.actorType()).isEqualTo("system");
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.STAGE_CHANGED);
        assertThat(events.stream(LeadUpdated.class)).contains(new LeadUpdated(tenant, lead.id()));
    }

    @Test
    void aBookedShowingNeverMovesALaterOrClosedLeadBack() {
        for (LeadStage stage : List.of(LeadStage.UNDER_CONTRACT, LeadStage.CLOSED_LOST, LeadStage.APPOINTMENT_SET)) {
            Lead lead = TenantContext.call(tenant, () -> leads.create(details(null, null, null, null)).lead());
            TenantContext.call(tenant, () -> leads.moveStage(lead.id(), stage));
            assertThat(TenantContext.call(tenant, () -> leads.showingBooked(lead.id()).orElseThrow()).stage())
                    .as(stage.name()).isEqualTo(stage);
        }
        assertThat(TenantContext.call(tenant, () -> leads.showingBooked(java.util.UUID.randomUUID()))).isEmpty();
    }

    private static LeadDetails details(String phone, Integer budget, Timeline timeline, String motivation) {
        return new LeadDetails("Eve", null, phone, null, null, List.of("Austin"), null, budget, null, null, null,
                timeline, null, motivation, List.of(), null, null, null);
    }
}
