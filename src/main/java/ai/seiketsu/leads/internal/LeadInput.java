package ai.seiketsu.leads.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.PhoneNumber;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.TimeZones;
import org.jspecify.annotations.Nullable;

/**
 * Checks and normalises lead details as callers send them: phone to E.164 (US numbers may be written as people
 * write them), e-mail to lower case, text trimmed (blank is absent), list entries trimmed and without repeats.
 * Every invalid field is reported at once.
 */
public final class LeadInput {

    private static final int MAX_LIST = 20;

    private LeadInput() {
    }

    public static LeadDetails normalise(LeadDetails raw) {
        List<FieldViolation> violations = new ArrayList<>();
        LeadDetails details = new LeadDetails(text(raw.firstName(), "firstName", 100, violations),
                text(raw.lastName(), "lastName", 100, violations), phone(raw.phone(), violations),
                email(raw.email(), violations), raw.intent(), list(raw.areas(), "areas", violations),
                raw.propertyType(), amount(raw.budgetMin(), "budgetMin", 1_000_000_000, violations),
                amount(raw.budgetMax(), "budgetMax", 1_000_000_000, violations),
                amount(raw.bedroomsMin(), "bedroomsMin", 50, violations),
                amount(raw.bathroomsMin(), "bathroomsMin", 50, violations), raw.timeline(), raw.financing(),
                text(raw.motivation(), "motivation", 1000, violations), list(raw.mustHaves(), "mustHaves", violations),
                zone(raw.timeZone(), violations), raw.doNotCall(), text(raw.source(), "source", 50, violations));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return details;
    }

    /** What holds for the details of a lead as a whole (after a merge or a change). */
    public static void requireConsistent(LeadDetails details) {
        if (details.budgetMin() != null && details.budgetMax() != null && details.budgetMin() > details.budgetMax()) {
            throw ProblemException.invalid("budgetMin", "must not be more than budgetMax");
        }
    }

    private static @Nullable String text(@Nullable String value, String field, int max,
            List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
        return value.strip();
    }

    private static @Nullable String phone(@Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PhoneNumber.isValid(value, PhoneNumber.DEFAULT_REGION)) {
            violations.add(new FieldViolation("phone", "must be a phone number, e.g. +15125550100 or (512) 555-0100"));
            return null;
        }
        return PhoneNumber.parse(value, PhoneNumber.DEFAULT_REGION).value();
    }

    private static @Nullable String email(@Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!EmailAddress.isValid(value)) {
            violations.add(new FieldViolation("email", "must be an e-mail address"));
            return null;
        }
        return new EmailAddress(value).value();
    }

    private static @Nullable Integer amount(@Nullable Integer value, String field, int max,
            List<FieldViolation> violations) {
        if (value != null && (value < 0 || value > max)) {
            violations.add(new FieldViolation(field, "must be between 0 and " + max));
        }
        return value;
    }

    private static List<String> list(List<String> values, String field, List<FieldViolation> violations) {
        List<String> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank() || value.strip().length() > 100) {
                violations.add(new FieldViolation(field, "entries must be 1-100 characters"));
                return List.of();
            }
            if (!seen.contains(value.strip().toLowerCase(Locale.ROOT))) {
                kept.add(value.strip());
                seen.add(value.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (kept.size() > MAX_LIST) {
            violations.add(new FieldViolation(field, "must have at most " + MAX_LIST + " entries"));
        }
        return kept;
    }

    private static @Nullable String zone(@Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!TimeZones.isValid(value.strip())) {
            violations.add(new FieldViolation("timeZone", TimeZones.MESSAGE));
            return null;
        }
        return value.strip();
    }
}
