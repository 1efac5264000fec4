package ai.seiketsu.dialogue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.guided.DialogueState;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant-owned {@code dialogue_state} table: one guided conversation's state as JSON, locked while a turn is
 * answered so that two messages to the same conversation are answered one after the other.
 */
@Repository
public class DialogueStateRepository {

    /** A conversation's state and what it belongs to. */
    public record Row(UUID conversationId, UUID agentId, Channel channel, DialogueState state) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DialogueStateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(TenantId tenant, UUID conversationId, UUID agentId, Channel channel, DialogueState state,
            Instant now) {
        jdbc.sql("insert into dialogue_state (tenant_id, conversation_id, agent_id, channel, state, updated_at) "
                        + "values (?, ?, ?, ?, ?::jsonb, ?)")
                .params(tenant.value(), conversationId, agentId, channel.name(), json.writeValueAsString(state),
                        Timestamp.from(now))
                .update();
    }

    /** The state, locked until the end of the transaction. */
    public Optional<Row> findForUpdate(UUID conversationId) {
        return jdbc.sql("select conversation_id, agent_id, channel, state from dialogue_state "
                        + "where conversation_id = ? for update")
                .param(conversationId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Channel.valueOf(rs.getString(3)), json.readValue(rs.getString(4), DialogueState.class)))
                .optional();
    }

    public void update(UUID conversationId, DialogueState state, Instant now) {
        jdbc.sql("update dialogue_state set state = ?::jsonb, updated_at = ? where conversation_id = ?")
                .params(json.writeValueAsString(state), Timestamp.from(now), conversationId)
                .update();
    }

    /** Conversations whose state has not changed since {@code before} (no turn since), oldest first. */
    public java.util.List<UUID> idleSince(Instant before, int limit) {
        return jdbc.sql("select conversation_id from dialogue_state where updated_at < ? order by updated_at limit ?")
                .params(Timestamp.from(before), limit).query(UUID.class).list();
    }

    /** Once a conversation has ended its state is not needed (and holds a caller's details): it goes. */
    public void delete(UUID conversationId) {
        jdbc.sql("delete from dialogue_state where conversation_id = ?").param(conversationId).update();
    }
}
