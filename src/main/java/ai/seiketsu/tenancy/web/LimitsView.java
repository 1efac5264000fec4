package ai.seiketsu.tenancy.web;

import ai.seiketsu.tenancy.PlanLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The limits an operator sets on a tenant; the same shape as a tenant's {@code limits}. */
record LimitsView(@NotNull @Min(1) @Max(1_000_000) Integer members,
        @NotNull @Min(1) @Max(100_000) Integer voiceAgents,
        @NotNull @Min(0) @Max(1_000_000) Integer concurrentCalls,
        @NotNull @Min(0) @Max(1_000_000_000) Integer monthlyVoiceMinutes,
        @NotNull @Min(1) @Max(1_000_000) Integer apiRequestsPerSecond) {

    PlanLimits toLimits() {
        return new PlanLimits(members, voiceAgents, concurrentCalls, monthlyVoiceMinutes, apiRequestsPerSecond);
    }
}
