package ai.seiketsu.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised to lower case. It exists only if it looks like one: a local part, an {@code @}
 * and a domain with at least one dot, no spaces, at most 254 characters.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+$");

    public EmailAddress {
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate.length() <= 254 && SHAPE.matcher(candidate.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
