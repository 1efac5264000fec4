package ai.seiketsu.leads.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.Lead;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.leads.LeadFilter;
import ai.seiketsu.leads.LeadStage;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant-owned {@code lead} table; row-level security scopes every query to the current tenant. Score and
 * hot are stored for filtering; the reasons are recomputed from the details when a row is read.
 */
@Repository
public class LeadRepository {

    private static final String COLUMNS = """
            id, first_name, last_name, phone, email, intent, areas, property_type, budget_min, budget_max,
            bedrooms_min, bathrooms_min, timeline, financing, motivation, must_haves, time_zone, stage, score, hot,
            do_not_call, source, assigned_user_id, conversation_ids, created_at, updated_at""";

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the lead unless its phone or e-mail is already a lead's (then nothing happens and the answer is
     * false): a concurrent creation with the same contact waits for the other and then merges instead of failing.
     */
    public boolean insertIfAbsent(TenantId tenant, Lead lead) {
        return jdbc.sql("insert into lead (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?) on conflict do nothing")
                .params(tenant.value(), lead.id(), lead.firstName(), lead.lastName(), lead.phone(), lead.email(),
                        name(lead.intent()), lead.areas().toArray(String[]::new), name(lead.propertyType()),
                        lead.budgetMin(), lead.budgetMax(), lead.bedroomsMin(), lead.bathroomsMin(),
                        name(lead.timeline()), name(lead.financing()), lead.motivation(),
                        lead.mustHaves().toArray(String[]::new), lead.timeZone(), lead.stage().name(), lead.score(),
                        lead.hot(), lead.doNotCall(), lead.source(), lead.assignedUserId(),
                        lead.conversationIds().toArray(UUID[]::new), Timestamp.from(lead.createdAt()),
                        Timestamp.from(lead.updatedAt()))
                .update() == 1;
    }

    /** Adds a conversation to the lead's list, once; false when the lead is not found. */
    public boolean addConversation(UUID id, UUID conversationId) {
        return jdbc.sql("update lead set conversation_ids = array_append(conversation_ids, ?) "
                        + "where id = ? and not (? = any(conversation_ids))")
                .params(conversationId, id, conversationId).update() > 0
                || jdbc.sql("select count(*) from lead where id = ?").param(id).query(Integer.class).single() > 0;
    }

    public void update(Lead lead) {
        jdbc.sql("""
                update lead set first_name = ?, last_name = ?, phone = ?, email = ?, intent = ?, areas = ?::text[],
                       property_type = ?, budget_min = ?, budget_max = ?, bedrooms_min = ?, bathrooms_min = ?,
                       timeline = ?, financing = ?, motivation = ?, must_haves = ?::text[], time_zone = ?, stage = ?,
                       score = ?, hot = ?, do_not_call = ?, source = ?, assigned_user_id = ?,
                       conversation_ids = ?::uuid[], updated_at = ?
                 where id = ?""")
                .params(lead.firstName(), lead.lastName(), lead.phone(), lead.email(), name(lead.intent()),
                        lead.areas().toArray(String[]::new), name(lead.propertyType()), lead.budgetMin(),
                        lead.budgetMax(), lead.bedroomsMin(), lead.bathroomsMin(), name(lead.timeline()),
                        name(lead.financing()), lead.motivation(), lead.mustHaves().toArray(String[]::new),
                        lead.timeZone(), lead.stage().name(), lead.score(), lead.hot(), lead.doNotCall(),
                        lead.source(), lead.assignedUserId(), lead.conversationIds().toArray(UUID[]::new),
                        Timestamp.from(lead.updatedAt()), lead.id())
                .update();
    }

    public Optional<Lead> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from lead where id = ?").param(id).query(LeadRepository::map)
                .optional();
    }

    /** The lead, locked until the transaction ends, so changes to one lead never overwrite each other. */
    public Optional<Lead> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from lead where id = ? for update").param(id)
                .query(LeadRepository::map).optional();
    }

    /** The oldest lead with this phone or this e-mail (the one a new contact merges into), locked. */
    public Optional<Lead> findByContactForUpdate(@Nullable String phone, @Nullable String email) {
        return jdbc.sql("select " + COLUMNS + " from lead where phone = ? or email = ? order by created_at, id "
                        + "limit 1 for update")
                .params(phone, email).query(LeadRepository::map).optional();
    }

    /** Whether a lead other than {@code id} has this phone or e-mail. */
    public boolean contactTakenByOther(UUID id, @Nullable String phone, @Nullable String email) {
        return jdbc.sql("select exists (select 1 from lead where id <> ? and (phone = ? or email = ?))")
                .params(id, phone, email).query(Boolean.class).single();
    }

    public Page<Lead> list(LeadFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.stage() != null) {
            where.add("stage = ?");
            params.add(filter.stage().name());
        }
        if (filter.hot() != null) {
            where.add("hot = ?");
            params.add(filter.hot());
        }
        if (filter.assignedUserId() != null) {
            where.add("assigned_user_id = ?");
            params.add(filter.assignedUserId());
        }
        if (filter.createdFrom() != null) {
            where.add("created_at >= ?");
            params.add(Timestamp.from(filter.createdFrom()));
        }
        if (filter.createdTo() != null) {
            where.add("created_at < ?");
            params.add(Timestamp.from(filter.createdTo()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            addTextSearch(filter.q().strip(), where, params);
        }
        Cursor after = page.after();
        if (after != null) {
            where.add("(created_at, id) < (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        params.add(page.limit() + 1);
        String sql = "select " + COLUMNS + " from lead" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by created_at desc, id desc limit ?";
        List<Lead> rows = jdbc.sql(sql).params(params).query(LeadRepository::map).list();
        return Page.of(rows, page.limit(), lead -> new Cursor(lead.createdAt(), lead.id()));
    }

    /** Names and e-mail case-insensitively anywhere; the phone by its digits, however the query writes them. */
    private static void addTextSearch(String q, List<String> where, List<Object> params) {
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String digits = q.replaceAll("\\D", "");
        where.add("(first_name ilike ? or last_name ilike ? or (coalesce(first_name, '') || ' ' || "
                + "coalesce(last_name, '')) ilike ? or email ilike ?" + (digits.length() >= 3 ? " or phone like ?" : "")
                + ")");
        params.addAll(List.of(like, like, like, like));
        if (digits.length() >= 3) {
            params.add("%" + digits + "%");
        }
    }

    /** Deletes the lead; its timeline, notes and tasks go with it (ON DELETE CASCADE). */
    public boolean delete(UUID id) {
        return jdbc.sql("delete from lead where id = ?").param(id).update() == 1;
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Lead map(ResultSet rs, int row) throws SQLException {
        LeadDetails details = new LeadDetails(rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("phone"), rs.getString("email"), enumOf(Intent.class, rs.getString("intent")),
                strings(rs.getArray("areas")), enumOf(PropertyType.class, rs.getString("property_type")),
                integer(rs, "budget_min"), integer(rs, "budget_max"), integer(rs, "bedrooms_min"),
                integer(rs, "bathrooms_min"), enumOf(Timeline.class, rs.getString("timeline")),
                enumOf(Financing.class, rs.getString("financing")), rs.getString("motivation"),
                strings(rs.getArray("must_haves")), rs.getString("time_zone"), rs.getBoolean("do_not_call"),
                rs.getString("source"));
        UUID[] conversations = (UUID[]) rs.getArray("conversation_ids").getArray();
        return Lead.of(rs.getObject("id", UUID.class), details, LeadStage.valueOf(rs.getString("stage")),
                rs.getObject("assigned_user_id", UUID.class), Arrays.asList(conversations),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
