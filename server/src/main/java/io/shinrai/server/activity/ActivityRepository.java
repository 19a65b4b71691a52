package io.shinrai.server.activity;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ActivityEntry entry) {
        jdbc.sql("""
                insert into activity (occurred_at, organisation_id, actor_id, actor_name, action, target_type,
                                      target_id, before_state, after_state, remote_address)
                values (:occurredAt, :organisationId, :actorId, :actorName, :action, :targetType,
                        :targetId, :before, :after, :remoteAddress)""")
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("organisationId", entry.organisationId())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("action", entry.action())
                .param("targetType", entry.targetType())
                .param("targetId", entry.targetId())
                .param("before", entry.before())
                .param("after", entry.after())
                .param("remoteAddress", entry.remoteAddress())
                .update();
    }

    /** Newest first. Dates are whole days in the viewer's zone. */
    List<ActivityEntry> find(UUID organisationId, ActivityFilter filter, ZoneId zone, int limit) {
        StringBuilder sql = new StringBuilder("select * from activity where ");
        Map<String, Object> statement = new LinkedHashMap<>();
        if (organisationId == null) {
            sql.append("organisation_id is null");
        } else {
            sql.append("organisation_id = :organisationId");
            statement.put("organisationId", organisationId);
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action = :action");
            statement.put("action", filter.action());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and lower(actor_name) like :actor");
            statement.put("actor", "%" + filter.actor().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
            statement.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
            statement.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        sql.append(" order by occurred_at desc, id desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(statement)
                .query((row, n) -> new ActivityEntry(
                        row.getLong("id"),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getObject("organisation_id", UUID.class),
                        row.getObject("actor_id", UUID.class),
                        row.getString("actor_name"),
                        row.getString("action"),
                        row.getString("target_type"),
                        row.getString("target_id"),
                        row.getString("before_state"),
                        row.getString("after_state"),
                        row.getString("remote_address")))
                .list();
    }

    List<String> actions(UUID organisationId) {
        return jdbc.sql("select distinct action from activity where organisation_id = :organisationId order by action")
                .param("organisationId", organisationId).query(String.class).list();
    }
}
