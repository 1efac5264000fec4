package ai.seiketsu.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.provisioning.ProvisioningRequest;
import ai.seiketsu.tenancy.Plan;

/** Provisioning requests for tests: unique slugs and e-mails so tests never collide. */
public final class TestTenants {

    public static final String PASSWORD = "correct horse battery staple";

    private TestTenants() {
    }

    public static String uniqueSlug(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProvisioningRequest request(String slug) {
        return new ProvisioningRequest("Agency " + slug, slug, Plan.STARTER, "America/New_York",
                new ProvisioningRequest.Owner("owner@" + slug + ".test", "Owner of " + slug, PASSWORD));
    }

    public static String json(String slug) {
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("email", "owner@" + slug + ".test");
        owner.put("name", "Owner of " + slug);
        owner.put("password", PASSWORD);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Agency " + slug);
        body.put("slug", slug);
        body.put("plan", "STARTER");
        body.put("timeZone", "America/New_York");
        body.put("owner", owner);
        return Http.json(body);
    }
}
