package ai.seiketsu.dialogue.guided;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingDetails;
import org.jspecify.annotations.Nullable;

/**
 * Answers a caller's question about one listing from its data only: price, size, rooms, garage, HOA fee, pets,
 * year built, lot, address, status, and anything else the public remarks mention ("does it have a pool"). When the
 * data does not say, the answer says so; it never guesses.
 */
final class ListingAnswers {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
    private static final Pattern HAS_A = Pattern.compile(
            "\\b(?:does it|does the (?:house|home|place|property|condo|unit)|is there|has it|any|it have)\\s+"
                    + "(?:have |got |come with |include )?(?:a |an |any |some )?([a-z][a-z-]+(?: [a-z]+)?)");
    private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.US);

    private ListingAnswers() {
    }

    /** Whether the words ask about a feature of a home (so that "the second one" alone is not an answer). */
    static boolean asksAboutFeature(String text) {
        return answer(null, text) != null;
    }

    /** The answer about {@code listing}, or null when the question names nothing this can answer. */
    static @Nullable String answer(@Nullable Listing listing, String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ") + " ";
        ListingDetails d = listing == null ? null : listing.details();
        if (has(t, "garage", "parking", "carport")) {
            return d == null ? "" : garage(d);
        }
        if (has(t, "hoa", "h o a", "association", "condo fee", "condo fees", "hoa fee", "monthly fee", "dues")) {
            return d == null ? "" : d.associationFee() == null ? "The listing doesn't show an HOA fee."
                    : d.associationFee().signum() == 0 ? "There's no HOA fee."
                    : "The HOA fee is " + Phrasing.money(d.associationFee()) + ".";
        }
        if (has(t, "pet", "pets", "dog", "dogs", "cat", "cats")) {
            return d == null ? "" : pets(d);
        }
        if (has(t, "school", "schools")) {
            return d == null ? "" : fromRemarks(d, "school", "The listing doesn't mention schools.");
        }
        if (has(t, "lot", "yard", "acre", "acres", "land")) {
            return d == null ? "" : d.lotSizeSquareFeet() == null
                    ? fromRemarks(d, "yard", "The listing doesn't give the lot size.")
                    : "The lot is " + WHOLE.format(d.lotSizeSquareFeet()) + " square feet.";
        }
        if (has(t, "square feet", "square foot", "sq ft", "square footage", "how big", "how large", "size")) {
            return d == null ? "" : d.livingArea() == null ? "The listing doesn't give the living area."
                    : "It has " + WHOLE.format(d.livingArea()) + " square feet of living space.";
        }
        if (has(t, "year built", "built", "how old", "age of")) {
            return d == null ? "" : d.yearBuilt() == null ? "The listing doesn't say when it was built."
                    : "It was built in " + d.yearBuilt() + ".";
        }
        if (has(t, "bedroom", "bedrooms", "beds", "bathroom", "bathrooms", "baths")) {
            return d == null ? "" : rooms(d);
        }
        if (has(t, "price", "cost", "how much", "asking", "listed at", "rent is", "the rent")) {
            return d == null ? "" : "It's listed at " + Phrasing.money(d.listPrice())
                    + (d.propertyType() != null && d.propertyType().contains("Lease") ? " a month." : ".");
        }
        if (has(t, "still available", "available", "on the market", "sold", "under contract", "status")) {
            return d == null ? "" : d.standardStatus().equals("Active") ? "Yes, it's still available."
                    : "Its status is " + d.standardStatus().toLowerCase(Locale.ROOT) + ".";
        }
        if (has(t, "where is", "address", "located", "what street", "which street", "location")) {
            return d == null ? "" : "It's at " + Phrasing.label(listing)
                    + (d.city() != null && !Phrasing.label(listing).contains(d.city()) ? " in " + d.city() : "")
                    + (d.postalCode() != null ? ", " + d.postalCode() : "") + ".";
        }
        if (has(t, "tell me more", "more about", "describe", "what's it like", "what is it like", "details")) {
            return d == null ? "" : d.publicRemarks() == null || d.publicRemarks().isBlank()
                    ? Phrasing.describe(listing) : firstSentences(d.publicRemarks(), 2);
        }
        Matcher feature = HAS_A.matcher(t);
        if (feature.find()) {
            String thing = feature.group(1).strip();
            String word = thing.endsWith("s") && thing.length() > 4 ? thing.substring(0, thing.length() - 1) : thing;
            return d == null ? "" : fromRemarks(d, word, "The listing doesn't mention " + article(thing) + ".");
        }
        return null;
    }

    private static String garage(ListingDetails d) {
        BigDecimal spaces = d.garageSpaces();
        if (spaces == null) {
            return fromRemarks(d, "garage", "The listing doesn't say whether it has a garage.");
        }
        if (spaces.signum() == 0) {
            return "It has no garage.";
        }
        int cars = spaces.intValue();
        return "Yes, it has a " + cars + "-car garage.";
    }

    private static String pets(ListingDetails d) {
        if (!d.petsAllowed().isEmpty()) {
            String pets = String.join(", ", d.petsAllowed()).toLowerCase(Locale.ROOT);
            if (pets.equals("no") || pets.contains("none") || pets.contains("no pets")) {
                return "The listing says no pets.";
            }
            return "The listing says pets: " + pets + ".";
        }
        return fromRemarks(d, "pet", "The listing doesn't say whether pets are allowed.");
    }

    private static String rooms(ListingDetails d) {
        if (d.bedroomsTotal() == null && d.bathroomsTotalInteger() == null) {
            return "The listing doesn't give the number of rooms.";
        }
        String beds = d.bedroomsTotal() == null ? null : Phrasing.rooms(d.bedroomsTotal(), "bedroom");
        String baths = d.bathroomsTotalInteger() == null ? null : Phrasing.rooms(d.bathroomsTotalInteger(), "bathroom");
        return "It has " + (beds != null && baths != null ? beds + " and " + baths : beds != null ? beds : baths) + ".";
    }

    /** The remarks' first sentence naming {@code word}, quoted as the listing says it; else {@code otherwise}. */
    private static String fromRemarks(ListingDetails d, String word, String otherwise) {
        String remarks = d.publicRemarks();
        if (remarks == null) {
            return otherwise;
        }
        Matcher sentences = SENTENCE.matcher(remarks);
        while (sentences.find()) {
            String sentence = sentences.group().strip();
            if (sentence.toLowerCase(Locale.ROOT).contains(word)) {
                return "The listing says: " + (sentence.endsWith(".") || sentence.endsWith("!") ? sentence
                        : sentence + ".");
            }
        }
        return otherwise;
    }

    private static String firstSentences(String remarks, int count) {
        Matcher sentences = SENTENCE.matcher(remarks);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count && sentences.find(); i++) {
            text.append(i == 0 ? "" : " ").append(sentences.group().strip());
        }
        return "The listing says: " + text;
    }

    private static String article(String thing) {
        return thing.endsWith("s") ? thing : ("aeiou".indexOf(thing.charAt(0)) >= 0 ? "an " : "a ") + thing;
    }

    private static boolean has(String text, String... phrases) {
        for (String phrase : phrases) {
            if (text.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }
}
