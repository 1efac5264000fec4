package ai.seiketsu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The MFA columns of the platform-level {@code account} table and its {@code account_recovery_code} table; only the
 * identity module reads or writes them. Changes to an account's MFA run under {@link #lock(UUID)}, so two requests
 * with the same code cannot both get past the replay check.
 */
@Repository
class MfaRepository {

    private static final String COLUMNS = "totp_secret, totp_enabled_at, totp_last_step";

    private final JdbcClient jdbc;

    MfaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's MFA state: the encrypted secret (pending until enabled) and the last accepted time step. */
    record MfaState(byte @Nullable [] encryptedSecret, @Nullable Instant enabledAt, @Nullable Long lastStep) {

        boolean enabled() {
            return enabledAt != null && encryptedSecret != null;
        }

        boolean pending() {
            return enabledAt == null && encryptedSecret != null;
        }
    }

    Optional<MfaState> find(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?")
                .param(accountId).query(MfaRepository::map).optional();
    }

    /** Reads and locks the account row until the transaction ends. */
    Optional<MfaState> lock(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ? for update")
                .param(accountId).query(MfaRepository::map).optional();
    }

    void storePending(UUID accountId, byte[] encryptedSecret, Instant now) {
        jdbc.sql("""
                update account set totp_secret = ?, totp_enabled_at = null, totp_last_step = null, updated_at = ?
                where id = ?""")
                .params(encryptedSecret, Timestamp.from(now), accountId).update();
    }

    void enable(UUID accountId, long acceptedStep, Instant now) {
        jdbc.sql("update account set totp_enabled_at = ?, totp_last_step = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(now), acceptedStep, Timestamp.from(now), accountId).update();
    }

    void acceptStep(UUID accountId, long step) {
        jdbc.sql("update account set totp_last_step = ? where id = ?").params(step, accountId).update();
    }

    void disable(UUID accountId, Instant now) {
        jdbc.sql("""
                update account set totp_secret = null, totp_enabled_at = null, totp_last_step = null, updated_at = ?
                where id = ?""")
                .params(Timestamp.from(now), accountId).update();
        voidRecoveryCodes(accountId, now);
    }

    /** The account's earlier codes stop working; these are the ones that count now. */
    void replaceRecoveryCodes(UUID accountId, List<byte[]> hashes, Instant now) {
        voidRecoveryCodes(accountId, now);
        for (byte[] hash : hashes) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(accountId, hash).update();
        }
    }

    /** Uses up an unused code; false when there is no such code or it was used before. */
    boolean useRecoveryCode(UUID accountId, byte[] hash, Instant now) {
        return jdbc.sql("""
                update account_recovery_code set used_at = ?
                where account_id = ? and code_hash = ? and used_at is null""")
                .params(Timestamp.from(now), accountId, hash).update() == 1;
    }

    /** Codes are never deleted (the runtime role may not): retired ones are marked used. */
    private void voidRecoveryCodes(UUID accountId, Instant now) {
        jdbc.sql("update account_recovery_code set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    private static MfaState map(ResultSet rs, int row) throws SQLException {
        Timestamp enabledAt = rs.getTimestamp("totp_enabled_at");
        long lastStep = rs.getLong("totp_last_step");
        return new MfaState(rs.getBytes("totp_secret"), enabledAt == null ? null : enabledAt.toInstant(),
                rs.wasNull() ? null : lastStep);
    }
}
