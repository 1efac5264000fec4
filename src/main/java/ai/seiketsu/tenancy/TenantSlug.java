package ai.seiketsu.tenancy;

import java.util.regex.Pattern;

/** A tenant's slug: 3–40 characters of {@code [a-z0-9-]}, starting and ending with a letter or digit. */
public final class TenantSlug {

    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private TenantSlug() {
    }

    public static boolean isValid(String slug) {
        return COMPILED.matcher(slug).matches();
    }
}
