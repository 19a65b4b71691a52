package io.shinrai.server.audit;

import io.shinrai.audit.AuditRecord;
import io.shinrai.audit.AuditSummary;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.Checkpoint;
import io.shinrai.audit.DeletionMarker;
import io.shinrai.audit.MessageFormat;
import io.shinrai.audit.Outcome;
import io.shinrai.audit.Validity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** The newest record's number and hash, locked until the transaction ends so that appends queue up. */
    ChainHead lockHead() {
        return jdbc.sql("select sequence, hash from audit_chain_head where id = 1 for update")
                .query((row, n) -> new ChainHead(row.getLong("sequence"), row.getString("hash"))).single();
    }

    ChainHead head() {
        return jdbc.sql("select sequence, hash from audit_chain_head where id = 1")
                .query((row, n) -> new ChainHead(row.getLong("sequence"), row.getString("hash"))).single();
    }

    void moveHead(ChainHead head) {
        jdbc.sql("update audit_chain_head set sequence = :sequence, hash = :hash where id = 1")
                .param("sequence", head.sequence()).param("hash", head.hash()).update();
    }

    /**
     * Inserts records and their patient and object IDs in two JDBC batches, whatever their number: a batch of
     * syslog messages costs two round trips to the database, not one or more per message.
     */
    void insert(List<ChainedRecord> chain) {
        List<MapSqlParameterSource> objects = new ArrayList<>();
        MapSqlParameterSource[] records = new MapSqlParameterSource[chain.size()];
        for (int i = 0; i < records.length; i++) {
            ChainedRecord chained = chain.get(i);
            records[i] = parameters(chained);
            AuditSummary summary = chained.record().summary();
            summary.patientIds().forEach(patient -> objects.add(object(chained.record().sequence(), patient, true)));
            summary.objectIds().forEach(object -> objects.add(object(chained.record().sequence(), object, false)));
        }
        batch.batchUpdate("""
                insert into audit_record (sequence, recorded_at, organisation_id, origin, format, validity, problems,
                                          event_id, event_system, event_types, action, outcome, event_time, user_id,
                                          user_name, network_access_point, source_id, site_id, patient_ids,
                                          object_ids, raw, previous_hash, hash)
                values (:sequence, :recordedAt, :organisationId, :origin, :format, :validity, :problems,
                        :eventId, :eventSystem, :eventTypes, :action, :outcome, :eventTime, :userId,
                        :userName, :networkAccessPoint, :sourceId, :siteId, :patientIds,
                        :objectIds, :raw, :previousHash, :hash)""", records);
        if (!objects.isEmpty()) {
            batch.batchUpdate("insert into audit_record_object (sequence, object_id, patient) "
                    + "values (:sequence, :id, :patient)", objects.toArray(MapSqlParameterSource[]::new));
        }
    }

    private MapSqlParameterSource parameters(ChainedRecord chained) {
        AuditRecord record = chained.record();
        AuditSummary summary = record.summary();
        return new MapSqlParameterSource()
                .addValue("sequence", record.sequence())
                .addValue("recordedAt", Timestamp.from(record.recordedAt()))
                .addValue("organisationId", record.organisationId())
                .addValue("origin", record.origin())
                .addValue("format", record.format().name())
                .addValue("validity", record.validity().name())
                .addValue("problems", json.writeValueAsString(record.problems()))
                .addValue("eventId", summary.eventId())
                .addValue("eventSystem", summary.eventSystem())
                .addValue("eventTypes", json.writeValueAsString(summary.eventTypes()))
                .addValue("action", summary.action())
                .addValue("outcome", summary.outcome() == null ? null : summary.outcome().name())
                .addValue("eventTime", summary.eventTime() == null ? null : Timestamp.from(summary.eventTime()))
                .addValue("userId", summary.userId())
                .addValue("userName", summary.userName())
                .addValue("networkAccessPoint", summary.networkAccessPoint())
                .addValue("sourceId", summary.sourceId())
                .addValue("siteId", summary.siteId())
                .addValue("patientIds", json.writeValueAsString(summary.patientIds()))
                .addValue("objectIds", json.writeValueAsString(summary.objectIds()))
                .addValue("raw", record.raw())
                .addValue("previousHash", chained.previousHash())
                .addValue("hash", chained.hash());
    }

    private static MapSqlParameterSource object(long sequence, String objectId, boolean patient) {
        return new MapSqlParameterSource().addValue("sequence", sequence).addValue("id", objectId)
                .addValue("patient", patient);
    }

    /** Records after the given number, oldest first, at most limit of them: the chain read page by page. */
    List<ChainedRecord> after(long sequence, int limit) {
        return jdbc.sql("select * from audit_record where sequence > :after order by sequence limit :limit")
                .param("after", sequence).param("limit", limit)
                .query((row, n) -> chained(row)).list();
    }

    Optional<ChainedRecord> find(long sequence) {
        return jdbc.sql("select * from audit_record where sequence = :sequence").param("sequence", sequence)
                .query((row, n) -> chained(row)).optional();
    }

    ChainedRecord chained(ResultSet row) throws SQLException {
        Timestamp eventTime = row.getTimestamp("event_time");
        String outcome = row.getString("outcome");
        AuditSummary summary = new AuditSummary(row.getString("event_id"), row.getString("event_system"),
                texts(row.getString("event_types")), row.getString("action"),
                outcome == null ? null : Outcome.valueOf(outcome), eventTime == null ? null : eventTime.toInstant(),
                row.getString("user_id"), row.getString("user_name"), row.getString("network_access_point"),
                row.getString("source_id"), row.getString("site_id"), texts(row.getString("patient_ids")),
                texts(row.getString("object_ids")));
        AuditRecord record = new AuditRecord(row.getLong("sequence"), row.getTimestamp("recorded_at").toInstant(),
                row.getObject("organisation_id", UUID.class), row.getString("origin"),
                MessageFormat.valueOf(row.getString("format")), Validity.valueOf(row.getString("validity")),
                texts(row.getString("problems")), summary, row.getBytes("raw"));
        return new ChainedRecord(record, row.getString("previous_hash"), row.getString("hash"));
    }

    private List<String> texts(String array) {
        return json.readValue(array, TEXTS);
    }

    void insertCheckpoint(Checkpoint checkpoint) {
        jdbc.sql("""
                insert into audit_checkpoint (sequence, hash, signed_at, signature)
                values (:sequence, :hash, :signedAt, :signature)""")
                .param("sequence", checkpoint.sequence()).param("hash", checkpoint.hash())
                .param("signedAt", Timestamp.from(checkpoint.signedAt())).param("signature", checkpoint.signature())
                .update();
    }

    List<Checkpoint> checkpoints() {
        return jdbc.sql("select * from audit_checkpoint order by sequence")
                .query((row, n) -> new Checkpoint(row.getLong("sequence"), row.getString("hash"),
                        row.getTimestamp("signed_at").toInstant(), row.getBytes("signature"),
                        row.getBytes("time_stamp")))
                .list();
    }

    /** The newest checkpoints still waiting for a time-stamp, newest first. */
    List<Checkpoint> checkpointsWithoutTimeStamp(int limit) {
        return jdbc.sql("select * from audit_checkpoint where time_stamp is null order by sequence desc limit :limit")
                .param("limit", limit)
                .query((row, n) -> new Checkpoint(row.getLong("sequence"), row.getString("hash"),
                        row.getTimestamp("signed_at").toInstant(), row.getBytes("signature"), null))
                .list();
    }

    void addTimeStamp(long sequence, byte[] token) {
        jdbc.sql("update audit_checkpoint set time_stamp = :token where sequence = :sequence and time_stamp is null")
                .param("token", token).param("sequence", sequence).update();
    }

    Optional<Long> lastCheckpointSequence() {
        return jdbc.sql("select max(sequence) from audit_checkpoint").query(Long.class).optional();
    }

    void insertDeletion(DeletionMarker marker) {
        jdbc.sql("""
                insert into audit_deletion (last_sequence, last_hash, signed_at, signature)
                values (:sequence, :hash, :signedAt, :signature)""")
                .param("sequence", marker.lastSequence()).param("hash", marker.lastHash())
                .param("signedAt", Timestamp.from(marker.signedAt())).param("signature", marker.signature())
                .update();
    }

    /** The marker of the latest pruning, which covers every earlier one. */
    Optional<DeletionMarker> latestDeletion() {
        return jdbc.sql("select * from audit_deletion order by last_sequence desc limit 1")
                .query((row, n) -> new DeletionMarker(row.getLong("last_sequence"), row.getString("last_hash"),
                        row.getTimestamp("signed_at").toInstant(), row.getBytes("signature")))
                .optional();
    }

    /** The newest record kept before the given time, the last one a pruning up to that time removes. */
    Optional<ChainedRecord> lastRecordedBefore(Instant time) {
        return jdbc.sql("""
                select * from audit_record where sequence = (select max(sequence) from audit_record
                                                             where recorded_at < :time)""")
                .param("time", Timestamp.from(time)).query((row, n) -> chained(row)).optional();
    }

    int deleteUpTo(long sequence) {
        return jdbc.sql("delete from audit_record where sequence <= :sequence").param("sequence", sequence).update();
    }

    /**
     * One page of an organisation's records, newest first, older than the given sequence number: paging by key,
     * so that the thousandth page costs what the first does.
     */
    List<ChainedRecord> search(UUID organisationId, AuditQuery query, ZoneId zone, long before, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_record r where r.organisation_id = :org"
                + " and r.sequence < :before");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organisationId);
        parameters.put("before", before);
        if (query.from() != null) {
            sql.append(" and coalesce(r.event_time, r.recorded_at) >= :from");
            parameters.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and coalesce(r.event_time, r.recorded_at) < :to");
            parameters.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        equal(sql, parameters, "user_id", "user", query.user());
        equal(sql, parameters, "event_id", "eventId", query.eventId());
        equal(sql, parameters, "source_id", "source", query.source());
        if (query.outcome() != null) {
            sql.append(" and r.outcome = :outcome");
            parameters.put("outcome", query.outcome().name());
        }
        if (present(query.eventType())) {
            // event_types is a JSON array of strings; a quoted element matches only a whole entry
            sql.append(" and r.event_types like :eventType");
            parameters.put("eventType", "%\"" + likeEscaped(query.eventType().strip()) + "\"%");
        }
        if (present(query.participant())) {
            sql.append(" and exists (select 1 from audit_record_object o where o.sequence = r.sequence"
                    + " and o.object_id = :participant)");
            parameters.put("participant", query.participant().strip());
        }
        sql.append(" order by r.sequence desc limit :limit");
        parameters.put("limit", limit);
        return jdbc.sql(sql.toString()).params(parameters).query((row, n) -> chained(row)).list();
    }

    private static void equal(StringBuilder sql, Map<String, Object> parameters, String column, String name,
                              String value) {
        if (present(value)) {
            sql.append(" and r.").append(column).append(" = :").append(name);
            parameters.put(name, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record ChainHead(long sequence, String hash) {
    }
}
