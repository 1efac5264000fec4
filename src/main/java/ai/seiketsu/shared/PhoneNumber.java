package ai.seiketsu.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/** A telephone number in E.164 ({@code +} country code and subscriber number, 7-15 digits in all), or nothing. */
public record PhoneNumber(@JsonValue String value) {

    public static final String MESSAGE = "must be an E.164 number such as +14155550123";
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    public PhoneNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an E.164 number");
        }
    }

    public static boolean isValid(String candidate) {
        return E164.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
