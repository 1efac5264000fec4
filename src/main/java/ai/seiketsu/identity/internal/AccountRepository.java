package ai.seiketsu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.PasswordHash;
import ai.seiketsu.shared.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform-level {@code account} table; only the identity module reads or writes it. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the account unless one exists for the email; returns the id of the account that now exists. */
    public UUID insertIfAbsent(UUID id, EmailAddress email, String name, PasswordHash password, Instant now) {
        return jdbc.sql("""
                        with inserted as (
                          insert into account (id, email, name, password_hash, created_at, updated_at)
                          values (?, ?, ?, ?, ?, ?) on conflict (email) do nothing returning id)
                        select id from inserted
                        union all
                        select id from account where email = ?
                        limit 1""")
                .params(id, email.value(), name, password.encoded(), Timestamp.from(now), Timestamp.from(now),
                        email.value())
                .query(UUID.class).single();
    }

    public Optional<AccountRow> findByEmail(EmailAddress email) {
        return jdbc.sql("select id, email, name, password_hash from account where email = ?")
                .param(email.value()).query(AccountRepository::map).optional();
    }

    public Optional<AccountRow> find(UUID id) {
        return jdbc.sql("select id, email, name, password_hash from account where id = ?")
                .param(id).query(AccountRepository::map).optional();
    }

    private static AccountRow map(ResultSet rs, int row) throws SQLException {
        return new AccountRow(rs.getObject("id", UUID.class), new EmailAddress(rs.getString("email")),
                rs.getString("name"), new PasswordHash(rs.getString("password_hash")));
    }

    /** An account as sign-in needs it. */
    public record AccountRow(UUID id, EmailAddress email, String name, PasswordHash passwordHash) {
    }
}
