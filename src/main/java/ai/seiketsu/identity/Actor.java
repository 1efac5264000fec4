package ai.seiketsu.identity;

import org.jspecify.annotations.Nullable;

/**
 * Who did something, as histories and the audit log record it: {@code type} is {@code user} (a team member,
 * {@code id} their membership id), {@code api_key}, {@code publishable_key}, {@code operator}, {@code system}
 * (Seiketsu itself, e.g. an automatic stage move) or {@code anonymous}.
 */
public record Actor(String type, @Nullable String id) {

    public static final Actor SYSTEM = new Actor("system", null);
}
