package io.shinrai.server.maintenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MaintenanceRepository {

    private static final String LISTING = """
            select w.*, s.name as system_name, h.name as hospital_name, v.name as vendor_name,
                r.display_name as requester_name, d.display_name as decider_name,
                (select count(*) from maintenance_connection c where c.window_id = w.id and c.outcome is null)
                    as live_connections
            from maintenance_window w
            join inventory_system s on s.id = w.system_id
            join organisation h on h.id = w.hospital_id
            join organisation v on v.id = w.vendor_id
            join user_account r on r.id = w.requested_by
            left join user_account d on d.id = w.decided_by
            """;

    private final JdbcClient jdbc;

    MaintenanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MaintenanceWindow window) {
        jdbc.sql("""
                insert into maintenance_window (id, hospital_id, system_id, vendor_id, requested_by, requested_at,
                    purpose, starts_at, ends_at, target_host, target_port, method, emergency, status)
                values (:id, :hospital, :system, :vendor, :requestedBy, :requestedAt, :purpose, :startsAt, :endsAt,
                    :host, :port, :method, :emergency, :status)""")
                .param("id", window.id()).param("hospital", window.hospitalId()).param("system", window.systemId())
                .param("vendor", window.vendorId()).param("requestedBy", window.requestedBy())
                .param("requestedAt", Timestamp.from(window.requestedAt())).param("purpose", window.purpose())
                .param("startsAt", Timestamp.from(window.startsAt())).param("endsAt", Timestamp.from(window.endsAt()))
                .param("host", window.targetHost()).param("port", window.targetPort()).param("method", window.method())
                .param("emergency", window.emergency()).param("status", window.status().name()).update();
    }

    /** Records a decision only on the status it was taken on, so that two people deciding at once cannot both win. */
    boolean decide(MaintenanceWindow window, WindowStatus from) {
        return jdbc.sql("""
                update maintenance_window set status = :status, decided_by = :by, decided_at = :at
                where id = :id and status = :from""")
                .param("status", window.status().name()).param("by", window.decidedBy())
                .param("at", Timestamp.from(window.decidedAt())).param("id", window.id())
                .param("from", from.name()).update() == 1;
    }

    Optional<MaintenanceWindow> find(UUID id) {
        return jdbc.sql("select * from maintenance_window where id = :id").param("id", id)
                .query((row, n) -> window(row)).optional();
    }

    Optional<WindowListing> listing(UUID id) {
        return jdbc.sql(LISTING + " where w.id = :id").param("id", id).query((row, n) -> listing(row)).optional();
    }

    /** Windows where the organisation is the hospital or the vendor, latest start first. */
    List<WindowListing> of(UUID organisationId) {
        return jdbc.sql(LISTING + " where w.hospital_id = :org or w.vendor_id = :org order by w.starts_at desc")
                .param("org", organisationId).query((row, n) -> listing(row)).list();
    }

    /** The systems whose ledger entry names this vendor and says that they are maintained remotely. */
    List<MaintainedSystem> maintainedBy(UUID vendorId) {
        return jdbc.sql("""
                select s.id, s.organisation_id, s.name, s.remote_method, h.name as hospital_name
                from inventory_system s join organisation h on h.id = s.organisation_id
                where s.vendor_organisation_id = :vendor and s.remote_maintenance
                order by h.name, s.name""")
                .param("vendor", vendorId)
                .query((row, n) -> new MaintainedSystem(row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class), row.getString("hospital_name"),
                        row.getString("name"), row.getString("remote_method")))
                .list();
    }

    void insertToken(String hash, UUID windowId, UUID issuedTo, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into maintenance_token (token_hash, window_id, issued_to, issued_at, expires_at)
                values (:hash, :window, :issuedTo, :issuedAt, :expiresAt)""")
                .param("hash", hash).param("window", windowId).param("issuedTo", issuedTo)
                .param("issuedAt", Timestamp.from(issuedAt)).param("expiresAt", Timestamp.from(expiresAt)).update();
    }

    /** An issued token as the gate needs it. */
    record IssuedToken(UUID windowId, UUID issuedTo, String holderName, Instant expiresAt, Instant usedAt) {
    }

    Optional<IssuedToken> token(String hash) {
        return jdbc.sql("""
                select t.*, u.display_name from maintenance_token t join user_account u on u.id = t.issued_to
                where t.token_hash = :hash""")
                .param("hash", hash)
                .query((row, n) -> new IssuedToken(row.getObject("window_id", UUID.class),
                        row.getObject("issued_to", UUID.class), row.getString("display_name"),
                        instant(row, "expires_at"), instant(row, "used_at")))
                .optional();
    }

    /** Marks the token used; false when someone used it first. */
    boolean useToken(String hash, Instant at) {
        return jdbc.sql("update maintenance_token set used_at = :at where token_hash = :hash and used_at is null")
                .param("at", Timestamp.from(at)).param("hash", hash).update() == 1;
    }

    void opened(UUID id, UUID windowId, UUID engineerId, String source, Instant at) {
        jdbc.sql("""
                insert into maintenance_connection (id, window_id, engineer_id, source, opened_at)
                values (:id, :window, :engineer, :source, :at)""")
                .param("id", id).param("window", windowId).param("engineer", engineerId).param("source", source)
                .param("at", Timestamp.from(at)).update();
    }

    void closed(UUID id, Instant at, long fromClient, long toClient, String outcome) {
        jdbc.sql("""
                update maintenance_connection set closed_at = :at, bytes_from_client = :fromClient,
                    bytes_to_client = :toClient, outcome = :outcome
                where id = :id""")
                .param("at", Timestamp.from(at)).param("fromClient", fromClient).param("toClient", toClient)
                .param("outcome", outcome).param("id", id).update();
    }

    /** Connections left open by a relay that stopped without closing them, e.g. a crash: they are over. */
    void closeAllOpen(Instant at) {
        jdbc.sql("update maintenance_connection set closed_at = :at, outcome = 'SHUTDOWN' where outcome is null")
                .param("at", Timestamp.from(at)).update();
    }

    List<RelayedSession> connections(UUID windowId) {
        return jdbc.sql("""
                select c.*, u.display_name from maintenance_connection c join user_account u on u.id = c.engineer_id
                where c.window_id = :window order by c.opened_at desc""")
                .param("window", windowId)
                .query((row, n) -> new RelayedSession(row.getObject("id", UUID.class),
                        row.getObject("window_id", UUID.class), row.getObject("engineer_id", UUID.class),
                        row.getString("display_name"), row.getString("source"), instant(row, "opened_at"),
                        instant(row, "closed_at"), row.getLong("bytes_from_client"), row.getLong("bytes_to_client"),
                        row.getString("outcome")))
                .list();
    }

    Optional<String> displayName(UUID userId) {
        return jdbc.sql("select display_name from user_account where id = :id").param("id", userId)
                .query(String.class).optional();
    }

    void insertTerminal(RestrictedTerminal terminal, UUID recordedBy) {
        jdbc.sql("""
                insert into maintenance_terminal (id, hospital_id, address, room, recorded_by, recorded_at)
                values (:id, :hospital, :address, :room, :by, :at)""")
                .param("id", terminal.id()).param("hospital", terminal.hospitalId())
                .param("address", terminal.address()).param("room", terminal.room()).param("by", recordedBy)
                .param("at", Timestamp.from(terminal.recordedAt())).update();
    }

    boolean deleteTerminal(UUID hospitalId, UUID id) {
        return jdbc.sql("delete from maintenance_terminal where hospital_id = :hospital and id = :id")
                .param("hospital", hospitalId).param("id", id).update() == 1;
    }

    List<RestrictedTerminal> terminals(UUID hospitalId) {
        return jdbc.sql("select * from maintenance_terminal where hospital_id = :hospital order by address")
                .param("hospital", hospitalId)
                .query((row, n) -> new RestrictedTerminal(row.getObject("id", UUID.class),
                        row.getObject("hospital_id", UUID.class), row.getString("address"), row.getString("room"),
                        instant(row, "recorded_at")))
                .list();
    }

    boolean isTerminal(UUID hospitalId, String address) {
        return jdbc.sql("select count(*) from maintenance_terminal where hospital_id = :hospital and address = :address")
                .param("hospital", hospitalId).param("address", address).query(Long.class).single() > 0;
    }

    private static WindowListing listing(ResultSet row) throws SQLException {
        return new WindowListing(window(row), row.getString("system_name"), row.getString("hospital_name"),
                row.getString("vendor_name"), row.getString("requester_name"), row.getString("decider_name"),
                row.getInt("live_connections"));
    }

    private static MaintenanceWindow window(ResultSet row) throws SQLException {
        return new MaintenanceWindow(row.getObject("id", UUID.class), row.getObject("hospital_id", UUID.class),
                row.getObject("system_id", UUID.class), row.getObject("vendor_id", UUID.class),
                row.getObject("requested_by", UUID.class), instant(row, "requested_at"), row.getString("purpose"),
                instant(row, "starts_at"), instant(row, "ends_at"), row.getString("target_host"),
                row.getInt("target_port"), row.getString("method"), row.getBoolean("emergency"),
                WindowStatus.valueOf(row.getString("status")), row.getObject("decided_by", UUID.class),
                instant(row, "decided_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
