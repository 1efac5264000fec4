package ai.seiketsu.dialogue.guided;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingDetails;

import static ai.seiketsu.dialogue.guided.MemoryWorld.home;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers about one listing come from its data only, and say so when the data is silent. */
class ListingAnswersTests {

    private static final Listing MAPLE = listing(MemoryWorld.AUSTIN.getFirst());
    private static final Listing BARE = listing(home("BARE-1", "7 Bare Street", "Austin", "78704", "Residential",
            "Single Family Residence", 300_000, null, null, null));
    private static final Listing RENTAL = listing(home("RENT-1", "310 Elm Street", "Austin", "78702",
            "Residential Lease", "Single Family Residence", 2_400, 3, 2, 1_500, "PetsAllowed",
            List.of("Cats OK", "Dogs OK"), "GarageSpaces", 0, "PublicRemarks", "Fenced yard, close to parks."));

    private static Listing listing(ListingDetails details) {
        return new Listing(UUID.randomUUID(), details, Instant.EPOCH, Instant.EPOCH);
    }

    private static String answer(Listing listing, String question) {
        return ListingAnswers.answer(listing, question);
    }

    @Test
    void garage() {
        assertThat(answer(MAPLE, "does it have a garage?")).isEqualTo("Yes, it has a 2-car garage.");
        assertThat(answer(RENTAL, "is there parking")).isEqualTo("It has no garage.");
        assertThat(answer(BARE, "does it have a garage")).isEqualTo("The listing doesn't say whether it has a garage.");
    }

    @Test
    void hoaFee() {
        assertThat(answer(MAPLE, "what's the HOA?")).isEqualTo("There's no HOA fee.");
        assertThat(answer(listing(MemoryWorld.AUSTIN.get(1)), "are there HOA dues")).isEqualTo("The HOA fee is $350.");
        assertThat(answer(BARE, "what are the h o a fees")).isEqualTo("The listing doesn't show an HOA fee.");
    }

    @Test
    void pets() {
        assertThat(answer(RENTAL, "can I bring my dog")).isEqualTo("The listing says pets: cats ok, dogs ok.");
        assertThat(answer(listing(MemoryWorld.AUSTIN.get(6)), "are pets allowed")).isEqualTo("The listing says no pets.");
        assertThat(answer(BARE, "are cats ok")).isEqualTo("The listing doesn't say whether pets are allowed.");
    }

    @Test
    void schoolsOnlyAsTheRemarksSayIt() {
        assertThat(answer(MAPLE, "what about schools")).isEqualTo("The listing says: Walk to Zilker Elementary school.");
        assertThat(answer(BARE, "are the schools good")).isEqualTo("The listing doesn't mention schools.");
    }

    @Test
    void sizeYearRoomsPriceStatusAddress() {
        assertThat(answer(MAPLE, "how many square feet is it")).isEqualTo("It has 1,850 square feet of living space.");
        assertThat(answer(BARE, "how big is it")).isEqualTo("The listing doesn't give the living area.");
        assertThat(answer(MAPLE, "when was it built")).isEqualTo("It was built in 1998.");
        assertThat(answer(BARE, "how old is it")).isEqualTo("The listing doesn't say when it was built.");
        assertThat(answer(MAPLE, "how many bedrooms")).isEqualTo("It has 3 bedrooms and 2 bathrooms.");
        assertThat(answer(BARE, "how many baths")).isEqualTo("The listing doesn't give the number of rooms.");
        assertThat(answer(MAPLE, "how much is it")).isEqualTo("It's listed at $485,000.");
        assertThat(answer(RENTAL, "what's the price")).isEqualTo("It's listed at $2,400 a month.");
        assertThat(answer(MAPLE, "is it still available")).isEqualTo("Yes, it's still available.");
        assertThat(answer(MAPLE, "where is it located")).isEqualTo("It's at 1204 Maple Street in Austin, 78704.");
    }

    @Test
    void anyOtherFeatureFromTheRemarks() {
        assertThat(answer(MAPLE, "does it have a pool")).isEqualTo("The listing says: Updated kitchen and a big "
                + "backyard with a pool.");
        assertThat(answer(MAPLE, "is there a basement")).isEqualTo("The listing doesn't mention a basement.");
        assertThat(answer(MAPLE, "does it have an office")).isEqualTo("The listing doesn't mention an office.");
        assertThat(answer(BARE, "does it come with solar panels")).isEqualTo("The listing doesn't mention solar panels.");
        assertThat(answer(MAPLE, "tell me more about it")).isEqualTo("The listing says: Updated kitchen and a big "
                + "backyard with a pool. Walk to Zilker Elementary school.");
        assertThat(answer(BARE, "tell me more")).isEqualTo("7 Bare Street in Austin: listed at $300,000.");
    }

    @Test
    void withoutAListingOnlyWhetherItIsAQuestionAboutOne() {
        assertThat(ListingAnswers.answer(null, "does it have a garage")).isEmpty();
        assertThat(ListingAnswers.answer(null, "what are your office hours")).isNull();
        assertThat(ListingAnswers.asksAboutFeature("what's the HOA")).isTrue();
        assertThat(ListingAnswers.asksAboutFeature("the second one")).isFalse();
    }

    @Test
    // WAS-DISABLED
    void theLotSizeIsTheLot() {
        Listing lot = listing(home("LOT-1", "1 Lot Lane", "Austin", "78704", "Residential", "Single Family Residence",
                300_000, 3, 2, 1_500, "LotSizeSquareFeet", 8_000));

        assertThat(answer(lot, "how big is the lot")).isEqualTo("The lot is 8,000 square feet.");
        assertThat(answer(lot, "what's the lot size")).isEqualTo("The lot is 8,000 square feet.");
    }
}
