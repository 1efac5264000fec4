package ai.seiketsu.tenancy;

import org.jspecify.annotations.Nullable;

/** An operator's change to a tenant; absent parts stay as they are. A new plan resets limits to its defaults. */
public record TenantChange(@Nullable String name, @Nullable Plan plan, @Nullable TenantStatus status,
        @Nullable String timeZone, @Nullable PlanLimits limits, @Nullable Boolean requireMfaForAdmins) {
}
