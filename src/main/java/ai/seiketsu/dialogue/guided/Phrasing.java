package ai.seiketsu.dialogue.guided;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingDetails;
import org.jspecify.annotations.Nullable;

/**
 * How the agent says things: amounts, phone numbers, times in the agency's zone, listings. Plain words that read
 * well as text and that a speech engine says correctly ("$485,000", "Saturday, November 28 at 2 PM").
 */
final class Phrasing {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.US);

    private Phrasing() {
    }

    static String money(long dollars) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(dollars);
    }

    static String money(BigDecimal dollars) {
        return money(dollars.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }

    static String budget(@Nullable Integer min, @Nullable Integer max, @Nullable Intent intent) {
        String perMonth = intent == Intent.RENT ? " a month" : "";
        if (intent == Intent.SELL && (min != null || max != null)) {
            return "a price of about " + money(max != null ? max : min);
        }
        if (min != null && max != null) {
            return min.equals(max) ? "about " + money(max) + perMonth
                    : "between " + money(min) + " and " + money(max) + perMonth;
        }
        if (max != null) {
            return "up to " + money(max) + perMonth;
        }
        return min == null ? "" : "from " + money(min) + perMonth;
    }

    /** A North American number as 512-555-0142; any other as dialled. */
    static String phone(String e164) {
        if (e164.startsWith("+1") && e164.length() == 12) {
            String digits = e164.substring(2);
            return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        }
        return e164;
    }

    static String time(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone)).replace(":00 ", " ");
    }

    /** A time as said to the caller: "today at 2 PM", "tomorrow, Friday, November 27 at 9 AM", or the full date. */
    static String time(Instant instant, java.time.ZonedDateTime now) {
        java.time.LocalDate day = instant.atZone(now.getZone()).toLocalDate();
        String full = time(instant, now.getZone());
        if (day.equals(now.toLocalDate())) {
            return "today" + full.substring(full.indexOf(" at "));
        }
        return day.equals(now.toLocalDate().plusDays(1)) ? "tomorrow, " + full : full;
    }

    static String rooms(int count, String room) {
        return count == 0 && room.equals("bedroom") ? "a studio" : count + " " + room + (count == 1 ? "" : "s");
    }

    static String propertyType(PropertyType type) {
        return switch (type) {
            case SINGLE_FAMILY -> "a single-family house";
            case CONDO -> "a condo";
            case TOWNHOUSE -> "a townhouse";
            case MULTI_FAMILY -> "a multi-family property";
            case LAND -> "land";
            case OTHER -> "another kind of property";
        };
    }

    static String timeline(Timeline timeline) {
        return switch (timeline) {
            case NOW -> "as soon as possible";
            case ONE_TO_THREE_MONTHS -> "within one to three months";
            case THREE_TO_SIX_MONTHS -> "within three to six months";
            case LATER -> "in more than six months";
            case UNKNOWN -> "no set timeline";
        };
    }

    static String financing(Financing financing) {
        return switch (financing) {
            case PRE_APPROVED -> "pre-approved";
            case CASH -> "paying cash";
            case NEEDS_LENDER -> "looking for a lender";
            case UNKNOWN -> "financing not settled";
        };
    }

    static String intent(Intent intent) {
        return switch (intent) {
            case BUY -> "buy";
            case SELL -> "sell";
            case RENT -> "rent";
            case INVEST -> "invest";
        };
    }

    /** What the caller is doing, as read back: "buying", "selling". */
    static String doing(Intent intent) {
        return switch (intent) {
            case BUY -> "buying";
            case SELL -> "selling";
            case RENT -> "renting";
            case INVEST -> "investing";
        };
    }

    /** The short name of a listing callers can say back: its street address, else where it is. */
    static String label(Listing listing) {
        ListingDetails d = listing.details();
        if (d.unparsedAddress() != null && !d.unparsedAddress().isBlank()) {
            return d.unparsedAddress().strip();
        }
        if (d.streetNumber() != null && d.streetName() != null) {
            return d.streetNumber() + " " + d.streetName();
        }
        return d.city() != null ? "the home in " + d.city() : "listing " + d.listingKey();
    }

    /** One listing in one sentence: where, rooms, size, price. Only what the data holds. */
    static String describe(Listing listing) {
        ListingDetails d = listing.details();
        List<String> parts = new ArrayList<>();
        String where = label(listing);
        if (d.city() != null && !where.toLowerCase(Locale.ROOT).contains(d.city().toLowerCase(Locale.ROOT))) {
            where += " in " + d.city();
        }
        if (d.bedroomsTotal() != null) {
            parts.add(rooms(d.bedroomsTotal(), "bedroom"));
        }
        if (d.bathroomsTotalInteger() != null) {
            parts.add(rooms(d.bathroomsTotalInteger(), "bathroom"));
        }
        if (d.livingArea() != null) {
            parts.add(NumberFormat.getIntegerInstance(Locale.US).format(d.livingArea()) + " square feet");
        }
        boolean lease = d.propertyType() != null && d.propertyType().contains("Lease");
        parts.add((lease ? "for " : "listed at ") + money(d.listPrice()) + (lease ? " a month" : ""));
        return where + ": " + String.join(", ", parts) + ".";
    }

    static String ordinal(int index) {
        return switch (index) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            default -> (index + 1) + "th";
        };
    }

    /** "a, b and c". */
    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** "a, b or c". */
    static String alternatives(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
