package ai.seiketsu.voice.internal;

import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.voice.CallMode;

/** What a redeemed ticket admits: one call with this tenant's agent, in this mode. */
public record VoiceTicket(TenantId tenant, UUID agentId, CallMode mode, Instant expiresAt) {

    String encode() {
        return tenant + "|" + agentId + "|" + mode + "|" + expiresAt.toEpochMilli();
    }

    static VoiceTicket decode(String value) {
        String[] parts = value.split("\\|");
        return new VoiceTicket(TenantId.of(parts[0]), UUID.fromString(parts[1]), CallMode.valueOf(parts[2]),
                Instant.ofEpochMilli(Long.parseLong(parts[3])));
    }
}
