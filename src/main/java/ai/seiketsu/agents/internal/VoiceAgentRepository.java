package ai.seiketsu.agents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ai.seiketsu.agents.BookedAppointmentType;
import ai.seiketsu.agents.DialogueMode;
import ai.seiketsu.agents.DialogueSettings;
import ai.seiketsu.agents.DialogueSettings.BookingRules;
import ai.seiketsu.agents.DialogueSettings.KnowledgeSnippet;
import ai.seiketsu.agents.QualificationFact;
import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgent.OpeningHours;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant-owned {@code voice_agent} table; row-level security scopes every query to the current tenant. A
 * deleted agent keeps its row (publishable keys and, later, conversations refer to it) with {@code deleted_at}
 * set, and is invisible to every query here.
 */
@Repository
public class VoiceAgentRepository {

    private static final String COLUMNS = "id, name, persona, tone, language, greeting, recording_enabled, "
            + "recording_disclosure, voice_engine, voice_id, voice_speed, end_of_turn_silence_ms, "
            + "interruption_sensitivity, business_hours, time_zone, after_hours_message, transfer_number, "
            + "phone_number, dialogue_mode, required_facts, knowledge, booking_appointment_type, "
            + "booking_team_member_ids, booking_slots_to_offer, created_at, updated_at";
    private static final String LIVE = " deleted_at is null ";
    private static final TypeReference<Map<String, List<OpeningHours>>> WEEK = new TypeReference<>() {
    };
    private static final TypeReference<List<KnowledgeSnippet>> SNIPPETS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VoiceAgentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(TenantId tenant, VoiceAgent agent) {
        jdbc.sql("insert into voice_agent (tenant_id, " + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, "
                        + "?, ?::text[], ?::jsonb, ?, ?::uuid[], ?, ?, ?)")
                .params(tenant.value(), agent.id(), agent.name(), agent.persona(), agent.tone(), agent.language(),
                        agent.greeting(), agent.recordingEnabled(), agent.recordingDisclosure(),
                        agent.voice().engine(), agent.voice().voiceId(), agent.voice().speed(),
                        agent.endOfTurnSilenceMs(), agent.interruptionSensitivity(), week(agent.businessHours()),
                        agent.timeZone(), agent.afterHoursMessage(), agent.transferNumber(), agent.phoneNumber())
                .params(dialogueParameters(agent.dialogue()))
                .params(Timestamp.from(agent.createdAt()), Timestamp.from(agent.updatedAt()))
                .update();
    }

    public void update(VoiceAgent agent) {
        jdbc.sql("""
                update voice_agent set name = ?, persona = ?, tone = ?, language = ?, greeting = ?,
                       recording_enabled = ?, recording_disclosure = ?, voice_engine = ?, voice_id = ?,
                       voice_speed = ?, end_of_turn_silence_ms = ?, interruption_sensitivity = ?,
                       business_hours = ?::jsonb, time_zone = ?, after_hours_message = ?, transfer_number = ?,
                       phone_number = ?, dialogue_mode = ?, required_facts = ?::text[], knowledge = ?::jsonb,
                       booking_appointment_type = ?, booking_team_member_ids = ?::uuid[], booking_slots_to_offer = ?,
                       updated_at = ?
                 where id = ? and deleted_at is null""")
                .params(agent.name(), agent.persona(), agent.tone(), agent.language(), agent.greeting(),
                        agent.recordingEnabled(), agent.recordingDisclosure(), agent.voice().engine(),
                        agent.voice().voiceId(), agent.voice().speed(), agent.endOfTurnSilenceMs(),
                        agent.interruptionSensitivity(), week(agent.businessHours()), agent.timeZone(),
                        agent.afterHoursMessage(), agent.transferNumber(), agent.phoneNumber())
                .params(dialogueParameters(agent.dialogue()))
                .params(Timestamp.from(agent.updatedAt()), agent.id())
                .update();
    }

    public void markDeleted(UUID id, Instant at) {
        jdbc.sql("update voice_agent set deleted_at = ?, phone_number = null where id = ? and deleted_at is null")
                .params(Timestamp.from(at), id).update();
    }

    public Optional<VoiceAgent> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voice_agent where id = ? and" + LIVE).param(id)
                .query(this::map).optional();
    }

    /** The agent, its row locked until the transaction ends, so that concurrent changes apply one after another. */
    public Optional<VoiceAgent> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voice_agent where id = ? and" + LIVE + "for update").param(id)
                .query(this::map).optional();
    }

    public long countLive() {
        return jdbc.sql("select count(*) from voice_agent where" + LIVE).query(Long.class).single();
    }

    /**
     * Serialises creations within the tenant until the transaction ends, so that two concurrent creations cannot
     * both pass the plan-limit check. The lock is transaction-scoped: nothing to release, even on failure.
     */
    public void lockCreationsOf(TenantId tenant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("voice_agent:" + tenant)
                .query((rs, row) -> 1).single();
    }

    public Page<VoiceAgent> list(PageRequest page) {
        Cursor after = page.after();
        List<VoiceAgent> rows = after == null
                ? jdbc.sql("select " + COLUMNS + " from voice_agent where" + LIVE + "order by created_at, id limit ?")
                        .param(page.limit() + 1).query(this::map).list()
                : jdbc.sql("select " + COLUMNS + " from voice_agent where" + LIVE + "and (created_at, id) > (?, ?) "
                                + "order by created_at, id limit ?")
                        .params(Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(this::map).list();
        return Page.of(rows, page.limit(), agent -> new Cursor(agent.createdAt(), agent.id()));
    }

    /** Mode, required facts, knowledge, appointment type, team member ids, slots to offer: as their columns take them. */
    private List<Object> dialogueParameters(DialogueSettings dialogue) {
        BookingRules booking = dialogue.booking();
        return List.of(dialogue.mode().name(), arrayLiteral(dialogue.requiredFacts()),
                json.writeValueAsString(dialogue.knowledge()), booking.appointmentType().name(),
                arrayLiteral(booking.teamMemberIds()), booking.slotsToOffer());
    }

    /** A PostgreSQL array literal of enum names or UUIDs, which need neither quotes nor escapes. */
    private static String arrayLiteral(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private DialogueSettings dialogue(ResultSet rs) throws SQLException {
        Set<QualificationFact> facts = EnumSet.noneOf(QualificationFact.class);
        for (String fact : (String[]) rs.getArray("required_facts").getArray()) {
            facts.add(QualificationFact.valueOf(fact));
        }
        return new DialogueSettings(DialogueMode.valueOf(rs.getString("dialogue_mode")), facts,
                json.readValue(rs.getString("knowledge"), SNIPPETS),
                new BookingRules(BookedAppointmentType.valueOf(rs.getString("booking_appointment_type")),
                        List.of((UUID[]) rs.getArray("booking_team_member_ids").getArray()),
                        rs.getInt("booking_slots_to_offer")));
    }

    private @Nullable String week(@Nullable Map<String, List<OpeningHours>> hours) {
        return hours == null ? null : json.writeValueAsString(hours);
    }

    private VoiceAgent map(ResultSet rs, int row) throws SQLException {
        String hours = rs.getString("business_hours");
        return new VoiceAgent(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("persona"),
                rs.getString("tone"), rs.getString("language"), rs.getString("greeting"),
                rs.getBoolean("recording_enabled"), rs.getString("recording_disclosure"),
                new VoiceAgent.Voice(rs.getString("voice_engine"), rs.getString("voice_id"),
                        rs.getBigDecimal("voice_speed").doubleValue()),
                rs.getInt("end_of_turn_silence_ms"), rs.getString("interruption_sensitivity"),
                hours == null ? null : VoiceAgentRules.inWeekOrder(json.readValue(hours, WEEK)), rs.getString("time_zone"),
                rs.getString("after_hours_message"), rs.getString("transfer_number"), rs.getString("phone_number"),
                dialogue(rs), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
