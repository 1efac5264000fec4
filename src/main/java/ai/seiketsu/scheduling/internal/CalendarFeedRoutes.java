package ai.seiketsu.scheduling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The platform table {@code calendar_feed_route}: SHA-256 of a feed token → tenant and member. Only the hash is
 * stored, so a copy of the database opens no calendar. A token is {@code cal_} and 256 random bits in base64url,
 * so it fits a URL path segment as it is.
 */
@Repository
public class CalendarFeedRoutes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarFeedRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a token leads: the tenant and the member whose appointments it shows. */
    public record Route(TenantId tenant, UUID userId) {
    }

    /**
     * A new token for the member (rotation: the old one stops working with this commit); the token itself is
     * returned once. Issues for one member are serialised until the transaction ends, so that two at once cannot
     * both insert after finding nothing to replace (the one-feed-per-member index would refuse the second).
     */
    public String issue(TenantId tenant, UUID userId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("calendar_feed:" + tenant + ":" + userId)
                .query((rs, row) -> 1).single();
        revoke(tenant, userId);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "cal_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("insert into calendar_feed_route (token_hash, tenant_id, user_id) values (?, ?, ?)")
                .params(hash(token), tenant.value(), userId).update();
        return token;
    }

    public boolean revoke(TenantId tenant, UUID userId) {
        return jdbc.sql("delete from calendar_feed_route where tenant_id = ? and user_id = ?")
                .params(tenant.value(), userId).update() > 0;
    }

    public Optional<Route> find(String token) {
        return jdbc.sql("select tenant_id, user_id from calendar_feed_route where token_hash = ?").param(hash(token))
                .query((rs, row) -> new Route(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
                .optional();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
