package ai.seiketsu.provisioning;

import ai.seiketsu.tenancy.Plan;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to provision an agency: {@code POST /api/v1/tenants} (operator) and, later, self-service
 * sign-up. Absent plan means STARTER; absent time zone means UTC.
 */
public record ProvisioningRequest(@Nullable String name, @Nullable String slug, @Nullable Plan plan,
        @Nullable String timeZone, @Nullable Owner owner) {

    /** The agency's first user, who becomes its OWNER. */
    public record Owner(@Nullable String email, @Nullable String name, @Nullable String password) {
    }
}
