package ai.seiketsu.listings.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import ai.seiketsu.listings.ListingQuery.Sort;
import ai.seiketsu.shared.ProblemException;

/**
 * A keyset position in a listing search. Unlike the shared creation-time cursor it also knows the sort it was made
 * for, because price orders need the price as the key; a cursor of another sort is refused.
 */
record SearchCursor(Sort sort, String key, UUID id) {

    String encode() {
        String raw = sort.name() + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String encoded, Sort expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !expected.name().equals(parts[0])) {
                throw invalid();
            }
            SearchCursor cursor = new SearchCursor(expected, parts[1], UUID.fromString(parts[2]));
            cursor.value(); // validates the key
            return cursor;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The sort key as the database compares it: a creation time or a price. */
    Object value() {
        return sort == Sort.NEWEST ? java.sql.Timestamp.from(Instant.parse(key)) : new BigDecimal(key);
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this search returned");
    }
}
