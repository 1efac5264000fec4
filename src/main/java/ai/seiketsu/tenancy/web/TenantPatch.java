package ai.seiketsu.tenancy.web;

import ai.seiketsu.tenancy.Plan;
import ai.seiketsu.tenancy.TenantChange;
import ai.seiketsu.tenancy.TenantStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code PATCH /api/v1/tenants/{id}}: any of name, plan, status (suspend/resume), time zone, limits, and whether
 * owners and admins must use MFA.
 */
record TenantPatch(@Nullable @Size(min = 1, max = 200) String name, @Nullable Plan plan,
        @Nullable TenantStatus status, @Nullable String timeZone, @Nullable @Valid LimitsView limits,
        @Nullable Boolean requireMfaForAdmins) {

    TenantChange toChange() {
        return new TenantChange(name, plan, status, timeZone, limits == null ? null : limits.toLimits(),
                requireMfaForAdmins);
    }
}
