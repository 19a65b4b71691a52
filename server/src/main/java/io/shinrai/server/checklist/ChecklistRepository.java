package io.shinrai.server.checklist;

import io.shinrai.catalog.Answer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChecklistRepository {

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ChecklistRound round) {
        jdbc.sql("""
                insert into checklist_round (id, organisation_id, fiscal_year, created_at)
                values (:id, :org, :year, :createdAt)""")
                .param("id", round.id()).param("org", round.organisationId()).param("year", round.year().value())
                .param("createdAt", Timestamp.from(round.createdAt())).update();
    }

    /** The rounds of a hospital, the latest year first. */
    List<ChecklistRound> rounds(UUID organisationId) {
        return jdbc.sql("select * from checklist_round where organisation_id = :org order by fiscal_year desc")
                .param("org", organisationId).query((row, n) -> round(row)).list();
    }

    Optional<ChecklistRound> findRound(UUID organisationId, UUID id) {
        return jdbc.sql("select * from checklist_round where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query((row, n) -> round(row)).optional();
    }

    void insert(Checklist checklist) {
        jdbc.sql("""
                insert into checklist (id, organisation_id, round_id, system_id, catalogue_id, catalogue_version,
                                       disclosure_id, created_at, updated_at)
                values (:id, :org, :round, :system, :catalogueId, :catalogueVersion, :disclosure, :createdAt,
                        :updatedAt)""")
                .param("id", checklist.id()).param("org", checklist.organisationId())
                .param("round", checklist.roundId()).param("system", checklist.systemId())
                .param("catalogueId", checklist.catalogueId()).param("catalogueVersion", checklist.catalogueVersion())
                .param("disclosure", checklist.disclosureId())
                .param("createdAt", Timestamp.from(checklist.createdAt()))
                .param("updatedAt", Timestamp.from(checklist.updatedAt())).update();
    }

    /** The hospital's own form of a round. */
    Optional<Checklist> hospitals(UUID roundId) {
        return jdbc.sql("select * from checklist where round_id = :round and system_id is null")
                .param("round", roundId).query((row, n) -> checklist(row)).optional();
    }

    Optional<Checklist> vendors(UUID roundId, UUID systemId) {
        return jdbc.sql("select * from checklist where round_id = :round and system_id = :system")
                .param("round", roundId).param("system", systemId).query((row, n) -> checklist(row)).optional();
    }

    /** The vendors' forms of a round, by system. */
    Map<UUID, Checklist> vendorsOf(UUID roundId) {
        Map<UUID, Checklist> bySystem = new HashMap<>();
        jdbc.sql("select * from checklist where round_id = :round and system_id is not null")
                .param("round", roundId).query((row, n) -> checklist(row)).list()
                .forEach(checklist -> bySystem.put(checklist.systemId(), checklist));
        return bySystem;
    }

    void delete(UUID checklistId) {
        jdbc.sql("delete from checklist where id = :id").param("id", checklistId).update();
    }

    void touch(UUID checklistId, Instant at) {
        jdbc.sql("update checklist set updated_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", checklistId).update();
    }

    Map<String, ChecklistAnswer> answers(UUID checklistId) {
        Map<String, ChecklistAnswer> answers = new HashMap<>();
        jdbc.sql("select * from checklist_answer where checklist_id = :id").param("id", checklistId)
                .query((row, n) -> answers.put(row.getString("item_ref"), answer(row))).list();
        return answers;
    }

    void put(UUID checklistId, String ref, ChecklistAnswer answer) {
        int updated = answerParams(jdbc.sql("""
                update checklist_answer set answer = :answer, checked_on = :checkedOn, target_on = :targetOn,
                       remarks = :remarks
                where checklist_id = :id and item_ref = :ref"""), checklistId, ref, answer).update();
        if (updated == 0) {
            answerParams(jdbc.sql("""
                    insert into checklist_answer (checklist_id, item_ref, answer, checked_on, target_on, remarks)
                    values (:id, :ref, :answer, :checkedOn, :targetOn, :remarks)"""), checklistId, ref, answer)
                    .update();
        }
    }

    /** The evidence attachments of every form kept for one system, in any round. */
    List<UUID> evidenceOfSystem(UUID hospitalId, UUID systemId) {
        return jdbc.sql("""
                select e.attachment_id from checklist_evidence e join checklist c on c.id = e.checklist_id
                where c.organisation_id = :org and c.system_id = :system""")
                .param("org", hospitalId).param("system", systemId).query(UUID.class).list();
    }

    /** Which item each evidence attachment of a form supports. */
    Map<UUID, String> evidence(UUID checklistId) {
        Map<UUID, String> refs = new HashMap<>();
        jdbc.sql("select attachment_id, item_ref from checklist_evidence where checklist_id = :id")
                .param("id", checklistId)
                .query((row, n) -> refs.put(row.getObject("attachment_id", UUID.class), row.getString("item_ref")))
                .list();
        return refs;
    }

    void addEvidence(UUID checklistId, String ref, UUID attachmentId) {
        jdbc.sql("insert into checklist_evidence (checklist_id, item_ref, attachment_id) values (:id, :ref, :a)")
                .param("id", checklistId).param("ref", ref).param("a", attachmentId).update();
    }

    /** Overdue and due-soon items: いいえ with a target date up to {@code until}, in the hospital's latest round. */
    List<DueItem> dueItems(UUID organisationId, LocalDate until) {
        return jdbc.sql("""
                select c.id as checklist_id, c.round_id, r.fiscal_year, c.system_id, s.name as system_name,
                       c.catalogue_id, c.catalogue_version, a.item_ref, a.target_on
                from checklist_answer a
                join checklist c on c.id = a.checklist_id
                join checklist_round r on r.id = c.round_id
                left join inventory_system s on s.id = c.system_id
                where c.organisation_id = :org and a.answer = 'NO' and a.target_on <= :until
                  and r.fiscal_year = (select max(fiscal_year) from checklist_round where organisation_id = :org)
                order by a.target_on, s.name nulls first, a.item_ref""")
                .param("org", organisationId).param("until", Date.valueOf(until))
                .query((row, n) -> new DueItem(row.getObject("checklist_id", UUID.class),
                        row.getObject("round_id", UUID.class), new FiscalYear(row.getInt("fiscal_year")),
                        row.getObject("system_id", UUID.class), row.getString("system_name"),
                        row.getString("catalogue_id"), row.getString("catalogue_version"),
                        row.getString("item_ref"), row.getDate("target_on").toLocalDate()))
                .list();
    }

    /** An item of {@link #dueItems} as it is stored, before its catalogue is looked up. */
    record DueItem(UUID checklistId, UUID roundId, FiscalYear year, UUID systemId, String systemName,
                   String catalogueId, String catalogueVersion, String ref, LocalDate targetOn) {
    }

    private static JdbcClient.StatementSpec answerParams(JdbcClient.StatementSpec statement, UUID checklistId,
                                                         String ref, ChecklistAnswer answer) {
        return statement.param("id", checklistId).param("ref", ref)
                .param("answer", answer.answer() == null ? null : answer.answer().name())
                .param("checkedOn", date(answer.checkedOn())).param("targetOn", date(answer.targetOn()))
                .param("remarks", answer.remarks());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static ChecklistRound round(ResultSet row) throws SQLException {
        return new ChecklistRound(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                new FiscalYear(row.getInt("fiscal_year")), row.getTimestamp("created_at").toInstant());
    }

    private static Checklist checklist(ResultSet row) throws SQLException {
        return new Checklist(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("round_id", UUID.class), row.getObject("system_id", UUID.class),
                row.getString("catalogue_id"), row.getString("catalogue_version"),
                row.getObject("disclosure_id", UUID.class), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }

    private static ChecklistAnswer answer(ResultSet row) throws SQLException {
        String answer = row.getString("answer");
        return new ChecklistAnswer(answer == null ? null : Answer.valueOf(answer), day(row.getDate("checked_on")),
                day(row.getDate("target_on")), row.getString("remarks"));
    }
}
