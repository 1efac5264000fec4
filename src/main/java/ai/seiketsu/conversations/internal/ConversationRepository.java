package ai.seiketsu.conversations.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversation;
import ai.seiketsu.conversations.ConversationFilter;
import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.conversations.ConversationStatus;
import ai.seiketsu.conversations.Recording;
import ai.seiketsu.conversations.Turn;
import ai.seiketsu.conversations.TurnRole;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant-owned {@code conversation} and {@code conversation_turn} tables; row-level security scopes every
 * query to the current tenant, so a conversation of another tenant is simply not found.
 */
@Repository
public class ConversationRepository {

    private static final String COLUMNS = "id, agent_id, channel, status, outcome, lead_id, appointment_ids, summary, "
            + "started_at, ended_at, recording_key, recording_content_type, recording_size_bytes, recording_duration_ms";
    private static final String TURN_COLUMNS = "role, text, started_at, interrupted, cache_hit, endpoint_ms, stt_ms, "
            + "think_ms, tts_first_audio_ms, response_ms";

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A conversation row with the key of its recording, which the API never shows. */
    public record Row(Conversation conversation, @Nullable String recordingKey) {
    }

    public void insert(TenantId tenant, UUID id, UUID agentId, Channel channel, Instant startedAt) {
        jdbc.sql("insert into conversation (tenant_id, id, agent_id, channel, status, started_at) "
                        + "values (?, ?, ?, ?, 'ACTIVE', ?)")
                .params(tenant.value(), id, agentId, channel.name(), Timestamp.from(startedAt)).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from conversation where id = ?").param(id)
                .query(ConversationRepository::map).optional();
    }

    /** The conversation, its row locked until the transaction ends, so that changes to it apply one at a time. */
    public Optional<Row> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from conversation where id = ? for update").param(id)
                .query(ConversationRepository::map).optional();
    }

    public List<Row> findByLeadForUpdate(UUID leadId) {
        return jdbc.sql("select " + COLUMNS + " from conversation where lead_id = ? for update").param(leadId)
                .query(ConversationRepository::map).list();
    }

    public void appendTurn(TenantId tenant, UUID conversationId, Turn turn) {
        jdbc.sql("insert into conversation_turn (tenant_id, conversation_id, seq, " + TURN_COLUMNS + ") "
                        + "select ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "from conversation_turn where conversation_id = ?")
                .params(tenant.value(), conversationId, turn.role().name(), turn.text(),
                        Timestamp.from(turn.startedAt()), turn.interrupted(), turn.cacheHit(), turn.endpointMs(),
                        turn.sttMs(), turn.thinkMs(), turn.ttsFirstAudioMs(), turn.responseMs(), conversationId)
                .update();
    }

    public List<Turn> turns(UUID conversationId) {
        return jdbc.sql("select " + TURN_COLUMNS + " from conversation_turn where conversation_id = ? order by seq")
                .param(conversationId).query(ConversationRepository::mapTurn).list();
    }

    public void attachLead(UUID id, UUID leadId) {
        jdbc.sql("update conversation set lead_id = ? where id = ?").params(leadId, id).update();
    }

    public void addAppointment(UUID id, UUID appointmentId) {
        jdbc.sql("update conversation set appointment_ids = array_append(appointment_ids, ?) "
                + "where id = ? and not (? = any (appointment_ids))").params(appointmentId, id, appointmentId).update();
    }

    public void end(UUID id, ConversationOutcome outcome, @Nullable String summary, Instant endedAt) {
        jdbc.sql("update conversation set status = 'ENDED', outcome = ?, summary = ?, ended_at = ? where id = ?")
                .params(outcome.name(), summary, Timestamp.from(endedAt), id).update();
    }

    public void setRecording(UUID id, String key, String contentType, long sizeBytes, @Nullable Long durationMs) {
        jdbc.sql("update conversation set recording_key = ?, recording_content_type = ?, recording_size_bytes = ?, "
                        + "recording_duration_ms = ? where id = ?")
                .params(key, contentType, sizeBytes, durationMs, id).update();
    }

    public void clearRecording(UUID id) {
        jdbc.sql("update conversation set recording_key = null, recording_content_type = null, "
                + "recording_size_bytes = null, recording_duration_ms = null where id = ?").param(id).update();
    }

    /** Deletes what the caller said and heard: the turns and the summary. The recording is cleared separately. */
    public void eraseTranscript(UUID id) {
        jdbc.sql("delete from conversation_turn where conversation_id = ?").param(id).update();
        jdbc.sql("update conversation set summary = null, lead_id = null where id = ?").param(id).update();
    }

    /** Newest first, keyset on (started_at, id). */
    public Page<Conversation> list(ConversationFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(where, params, "agent_id = ?", filter.agentId());
        add(where, params, "lead_id = ?", filter.leadId());
        add(where, params, "channel = ?", filter.channel() == null ? null : filter.channel().name());
        add(where, params, "status = ?", filter.status() == null ? null : filter.status().name());
        add(where, params, "started_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        add(where, params, "started_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        Cursor after = page.after();
        if (after != null) {
            where.add("(started_at, id) < (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        params.add(page.limit() + 1);
        String sql = "select " + COLUMNS + " from conversation"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by started_at desc, id desc limit ?";
        List<Conversation> rows = jdbc.sql(sql).params(params).query(ConversationRepository::map).list().stream()
                .map(Row::conversation).toList();
        return Page.of(rows, page.limit(), c -> new Cursor(c.startedAt(), c.id()));
    }

    private static void add(List<String> where, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            where.add(condition);
            params.add(value);
        }
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String key = rs.getString("recording_key");
        Recording recording = key == null ? null : new Recording(rs.getString("recording_content_type"),
                rs.getLong("recording_size_bytes"), rs.getObject("recording_duration_ms", Long.class));
        Conversation conversation = new Conversation(rs.getObject("id", UUID.class),
                rs.getObject("agent_id", UUID.class), Channel.valueOf(rs.getString("channel")),
                ConversationStatus.valueOf(rs.getString("status")),
                outcome == null ? null : ConversationOutcome.valueOf(outcome), rs.getObject("lead_id", UUID.class),
                uuids(rs.getArray("appointment_ids")), rs.getString("summary"),
                rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("ended_at")), recording);
        return new Row(conversation, key);
    }

    private static Turn mapTurn(ResultSet rs, int row) throws SQLException {
        return new Turn(TurnRole.valueOf(rs.getString("role")), rs.getString("text"),
                rs.getTimestamp("started_at").toInstant(), rs.getBoolean("interrupted"), rs.getBoolean("cache_hit"),
                rs.getObject("endpoint_ms", Integer.class), rs.getObject("stt_ms", Integer.class),
                rs.getObject("think_ms", Integer.class), rs.getObject("tts_first_audio_ms", Integer.class),
                rs.getObject("response_ms", Integer.class));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
