package ai.seiketsu.voice.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.voice.CallMode;

/**
 * Voice tickets (product.md, "Browser voice"): a 256-bit random secret that admits one call with one agent of one
 * tenant, in one mode, within {@code seiketsu.voice.ticket-ttl} (60 s), once. Only its SHA-256 is stored, in Redis
 * when configured, in-process otherwise. Who may ask for one, and for which agent, is the web layer's rule.
 */
public class VoiceTickets {

    static final String PREFIX = "vt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TicketStore store;
    private final Clock clock;
    private final Duration timeToLive;

    VoiceTickets(TicketStore store, Clock clock, Duration timeToLive) {
        this.store = store;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** A ticket just issued, with its secret this once. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    /** A ticket for one call with {@code tenant}'s {@code agentId} (which the caller has found to exist). */
    public Issued issue(TenantId tenant, UUID agentId, CallMode mode) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String ticket = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(timeToLive);
        store.put(hash(ticket), new VoiceTicket(tenant, agentId, mode, expiresAt).encode(), timeToLive);
        return new Issued(ticket, expiresAt);
    }

    /**
     * What the ticket admits, if it was issued, has not expired and was not redeemed before; redeeming uses it up
     * either way.
     */
    public Optional<VoiceTicket> redeem(String ticket) {
        if (!ticket.startsWith(PREFIX) || ticket.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.take(hash(ticket)).map(VoiceTicket::decode).filter(admitted -> now.isBefore(admitted.expiresAt()));
    }

    static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
