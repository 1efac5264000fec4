package ai.seiketsu.leads;

import org.junit.jupiter.api.Test;

import static ai.seiketsu.leads.LeadStage.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The product's stage rules, for staff moves and for the system's own moves. */
class LeadStageTests {

    @Test
    void openLeadsMoveForwardAnyNumberOfStagesButNeverBackOrInPlace() {
        assertThat(NEW.allowsMoveTo(CONTACTED)).isTrue();
        assertThat(NEW.allowsMoveTo(UNDER_CONTRACT)).isTrue();
        assertThat(CONTACTED.allowsMoveTo(APPOINTMENT_SET)).isTrue();
        assertThat(QUALIFIED.allowsMoveTo(CONTACTED)).isFalse();
        assertThat(UNDER_CONTRACT.allowsMoveTo(NEW)).isFalse();
        assertThat(QUALIFIED.allowsMoveTo(QUALIFIED)).isFalse();
    }

    @Test
    void closedWonOnlyFromUnderContract() {
        assertThat(UNDER_CONTRACT.allowsMoveTo(CLOSED_WON)).isTrue();
        for (LeadStage stage : new LeadStage[] { NEW, CONTACTED, QUALIFIED, APPOINTMENT_SET, CLOSED_LOST }) {
            assertThat(stage.allowsMoveTo(CLOSED_WON)).as(stage.name()).isFalse();
        }
    }

    @Test
    void closedLostFromEveryOpenStage() {
        for (LeadStage stage : new LeadStage[] { NEW, CONTACTED, QUALIFIED, APPOINTMENT_SET, UNDER_CONTRACT }) {
            assertThat(stage.allowsMoveTo(CLOSED_LOST)).as(stage.name()).isTrue();
        }
        assertThat(CLOSED_WON.allowsMoveTo(CLOSED_LOST)).isFalse();
    }

    @Test
    void closedLeadsOnlyReopenToContacted() {
        for (LeadStage closed : new LeadStage[] { CLOSED_WON, CLOSED_LOST }) {
            for (LeadStage target : LeadStage.values()) {
                assertThat(closed.allowsMoveTo(target)).as(closed + " -> " + target).isEqualTo(target == CONTACTED);
            }
        }
    }

    @Test
    void theSystemMovesOnlyForwardBetweenOpenStages() {
        assertThat(NEW.allowsAutomaticMoveTo(QUALIFIED)).isTrue();
        assertThat(QUALIFIED.allowsAutomaticMoveTo(APPOINTMENT_SET)).isTrue();
        assertThat(APPOINTMENT_SET.allowsAutomaticMoveTo(APPOINTMENT_SET)).isFalse();
        assertThat(UNDER_CONTRACT.allowsAutomaticMoveTo(APPOINTMENT_SET)).isFalse();
        assertThat(CLOSED_LOST.allowsAutomaticMoveTo(APPOINTMENT_SET)).isFalse();
        assertThat(CLOSED_WON.allowsAutomaticMoveTo(QUALIFIED)).isFalse();
        assertThat(UNDER_CONTRACT.allowsAutomaticMoveTo(CLOSED_WON)).isFalse();
    }
}
