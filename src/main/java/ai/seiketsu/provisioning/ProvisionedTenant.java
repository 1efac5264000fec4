package ai.seiketsu.provisioning;

import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.tenancy.Tenant;

/**
 * The answer to provisioning: {@code {"tenant":{...}, "owner":{"id","email"}, "apiKey":"sk_..."}}, plus the
 * default voice agent. The API key's secret appears here once and nowhere else.
 */
public record ProvisionedTenant(Tenant tenant, CreatedOwner owner, String apiKey, AgentSummary voiceAgent) {

    /**
     * {@code id} is the owner's user (membership) id; {@code accountId} the platform-wide account. Not named
     * {@code Owner}: the OpenAPI document names schemas by simple name, and the request's owner has that one.
     */
    public record CreatedOwner(UUID id, String email, UUID accountId) {
    }

    public record AgentSummary(UUID id, String name) {

        static AgentSummary of(VoiceAgent agent) {
            return new AgentSummary(agent.id(), agent.name());
        }
    }

    @Override
    public String toString() {
        return "ProvisionedTenant[tenant=" + tenant.id() + "]";
    }
}
