package ai.seiketsu.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number in E.164 form ({@code +15125550100}). It exists only if it is a valid number: callers read
 * numbers back, agents call them, and leads are merged on them, so a number that only looks right is worse than
 * none. Parsing and validation are libphonenumber's (numbering plans change; we do not keep our own tables).
 */
public record PhoneNumber(@JsonValue String value) {

    /** The country assumed for numbers written without a country code; agencies are in the US for now. */
    public static final String DEFAULT_REGION = "US";
    public static final String MESSAGE = "must be an E.164 number such as +14155550123";
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * A number already in E.164 form. Only the form is checked here (numbers that staff configure, or that a
     * carrier hands us, are taken as given); {@link #parse(String, String)} is the door for numbers people type,
     * and checks them against the numbering plans too.
     */
    public PhoneNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an E.164 phone number");
        }
    }

    /**
     * Reads a number as people write it ({@code (512) 555-0100}, {@code 512.555.0100}, {@code +44 20 7946 0958}),
     * numbers without a country code in {@code defaultRegion} (ISO 3166 alpha-2).
     *
     * @throws IllegalArgumentException when it is not a valid phone number
     */
    public static PhoneNumber parse(String input, String defaultRegion) {
        String e164 = normalise(input, defaultRegion);
        if (e164 == null) {
            throw new IllegalArgumentException("not a phone number");
        }
        return new PhoneNumber(e164);
    }

    /**
     * Whether {@code candidate} is written in E.164 already ({@code +} country code and 7-15 digits), as numbers
     * configured by staff (an agent's phone and transfer numbers) must be.
     */
    public static boolean isValid(String candidate) {
        return E164.matcher(candidate).matches();
    }

    public static boolean isValid(String input, String defaultRegion) {
        return normalise(input, defaultRegion) != null;
    }

    private static @org.jspecify.annotations.Nullable String normalise(String input, String defaultRegion) {
        if (input.isBlank() || input.length() > 40) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(input, defaultRegion);
            return UTIL.isValidNumber(parsed) ? UTIL.format(parsed, PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
