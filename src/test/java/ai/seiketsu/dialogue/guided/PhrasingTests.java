package ai.seiketsu.dialogue.guided;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingDetails;

import static ai.seiketsu.dialogue.guided.MemoryWorld.CHICAGO;
import static ai.seiketsu.dialogue.guided.MemoryWorld.home;
import static org.assertj.core.api.Assertions.assertThat;

/** How amounts, numbers, times and listings are said. */
class PhrasingTests {

    @Test
    void money() {
        assertThat(Phrasing.money(485_000)).isEqualTo("$485,000");
        assertThat(Phrasing.money(new BigDecimal("399999.50"))).isEqualTo("$400,000");
        assertThat(Phrasing.money(0)).isEqualTo("$0");
    }

    @Test
    void budgets() {
        assertThat(Phrasing.budget(null, 500_000, Intent.BUY)).isEqualTo("up to $500,000");
        assertThat(Phrasing.budget(400_000, 500_000, Intent.BUY)).isEqualTo("between $400,000 and $500,000");
        assertThat(Phrasing.budget(450_000, 450_000, null)).isEqualTo("about $450,000");
        assertThat(Phrasing.budget(300_000, null, Intent.INVEST)).isEqualTo("from $300,000");
        assertThat(Phrasing.budget(null, 2_000, Intent.RENT)).isEqualTo("up to $2,000 a month");
        assertThat(Phrasing.budget(550_000, 600_000, Intent.SELL)).isEqualTo("a price of about $600,000");
        assertThat(Phrasing.budget(null, null, Intent.BUY)).isEmpty();
    }

    @Test
    void phoneNumbers() {
        assertThat(Phrasing.phone("+15125550142")).isEqualTo("512-555-0142");
        assertThat(Phrasing.phone("+442071838750")).isEqualTo("+442071838750");
    }

    @Test
    void timesInTheAgencysZone() {
        Instant two = ZonedDateTime.of(2026, 11, 28, 14, 0, 0, 0, CHICAGO).toInstant();
        assertThat(Phrasing.time(two, CHICAGO)).isEqualTo("Saturday, November 28 at 2 PM");
        assertThat(Phrasing.time(two.plusSeconds(1_800), CHICAGO)).isEqualTo("Saturday, November 28 at 2:30 PM");
    }

    @Test
    void roomsAndFacts() {
        assertThat(Phrasing.rooms(0, "bedroom")).isEqualTo("a studio");
        assertThat(Phrasing.rooms(1, "bathroom")).isEqualTo("1 bathroom");
        assertThat(Phrasing.rooms(3, "bedroom")).isEqualTo("3 bedrooms");
        assertThat(Phrasing.propertyType(PropertyType.CONDO)).isEqualTo("a condo");
        assertThat(Phrasing.timeline(Timeline.NOW)).isEqualTo("as soon as possible");
        assertThat(Phrasing.financing(Financing.PRE_APPROVED)).isEqualTo("pre-approved");
        assertThat(Phrasing.intent(Intent.INVEST)).isEqualTo("invest");
    }

    @Test
    void listings() {
        Listing maple = listing(MemoryWorld.AUSTIN.getFirst());
        assertThat(Phrasing.label(maple)).isEqualTo("1204 Maple Street");
        assertThat(Phrasing.describe(maple))
                .isEqualTo("1204 Maple Street in Austin: 3 bedrooms, 2 bathrooms, 1,850 square feet, listed at $485,000.");
        assertThat(Phrasing.describe(listing(MemoryWorld.AUSTIN.get(6))))
                .isEqualTo("9 River Way in Round Rock: 2 bedrooms, 1 bathroom, 950 square feet, for $1,800 a month.");
        assertThat(Phrasing.label(listing(home("NO-ADDRESS", null, "Austin", "78704", "Land", null, 90_000, null,
                null, null)))).isEqualTo("the home in Austin");
        assertThat(Phrasing.label(listing(home("NOWHERE-1", null, null, null, "Land", null, 90_000, null, null,
                null)))).isEqualTo("listing NOWHERE-1");
    }

    @Test
    void wordsAndLists() {
        assertThat(Phrasing.ordinal(0)).isEqualTo("first");
        assertThat(Phrasing.ordinal(3)).isEqualTo("4th");
        assertThat(Phrasing.joined(List.of())).isEmpty();
        assertThat(Phrasing.joined(List.of("Austin"))).isEqualTo("Austin");
        assertThat(Phrasing.joined(List.of("Austin", "Round Rock", "Cedar Park"))).isEqualTo("Austin, Round Rock and Cedar Park");
        assertThat(Phrasing.capitalised("first")).isEqualTo("First");
        assertThat(Phrasing.capitalised("")).isEmpty();
    }

    private static Listing listing(ListingDetails details) {
        return new Listing(UUID.randomUUID(), details, Instant.EPOCH, Instant.EPOCH);
    }
}
