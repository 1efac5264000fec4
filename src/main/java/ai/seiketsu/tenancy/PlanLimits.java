package ai.seiketsu.tenancy;

/**
 * What a tenant may use: team members, voice agents, concurrent calls, voice minutes per month and API requests
 * per second. A plan gives defaults; the operator may set a tenant's own.
 */
public record PlanLimits(int members, int voiceAgents, int concurrentCalls, int monthlyVoiceMinutes,
        int apiRequestsPerSecond) {

    public PlanLimits {
        if (members < 1 || voiceAgents < 1 || concurrentCalls < 0 || monthlyVoiceMinutes < 0
                || apiRequestsPerSecond < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
