package io.shinrai.server.inventory;

import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class InventoryRepository {

    private final JdbcClient jdbc;

    InventoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InventorySystem> of(UUID organisationId) {
        return jdbc.sql("select * from inventory_system where organisation_id = :org")
                .param("org", organisationId).query((row, n) -> system(row)).list();
    }

    Optional<InventorySystem> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from inventory_system where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query((row, n) -> system(row)).optional();
    }

    Optional<InventorySystem> findByName(UUID organisationId, String name) {
        return jdbc.sql("select * from inventory_system where organisation_id = :org and name_key = :key")
                .param("org", organisationId).param("key", SheetText.key(name)).query((row, n) -> system(row))
                .optional();
    }

    void insert(InventorySystem system) {
        withEntry(jdbc.sql("""
                insert into inventory_system (id, organisation_id, name, name_key, category, vendor,
                    vendor_organisation_id, product, product_version, department, location, network_segment,
                    remote_maintenance, remote_method, installed_on, owner, created_at, updated_at)
                values (:id, :org, :name, :nameKey, :category, :vendor, :vendorOrg, :product, :productVersion,
                    :department, :location, :networkSegment, :remote, :remoteMethod, :installedOn, :owner,
                    :createdAt, :updatedAt)"""), system)
                .param("createdAt", Timestamp.from(system.createdAt())).update();
    }

    void update(InventorySystem system) {
        withEntry(jdbc.sql("""
                update inventory_system set name = :name, name_key = :nameKey, category = :category,
                    vendor = :vendor, vendor_organisation_id = :vendorOrg, product = :product,
                    product_version = :productVersion, department = :department, location = :location,
                    network_segment = :networkSegment, remote_maintenance = :remote, remote_method = :remoteMethod,
                    installed_on = :installedOn, owner = :owner, updated_at = :updatedAt
                where id = :id and organisation_id = :org"""), system).update();
    }

    boolean delete(UUID organisationId, UUID id) {
        return jdbc.sql("delete from inventory_system where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).update() == 1;
    }

    private static StatementSpec withEntry(StatementSpec statement, InventorySystem system) {
        LedgerEntry entry = system.entry();
        return statement.param("id", system.id()).param("org", system.organisationId())
                .param("name", entry.name()).param("nameKey", SheetText.key(entry.name()))
                .param("category", entry.category().name()).param("vendor", entry.vendor())
                .param("vendorOrg", system.vendorOrganisationId()).param("product", entry.product())
                .param("productVersion", entry.productVersion()).param("department", entry.department())
                .param("location", entry.location()).param("networkSegment", entry.networkSegment())
                .param("remote", entry.remoteMaintenance()).param("remoteMethod", entry.remoteMethod())
                .param("installedOn", entry.installedOn() == null ? null : Date.valueOf(entry.installedOn()))
                .param("owner", entry.owner()).param("updatedAt", Timestamp.from(system.updatedAt()));
    }

    private static InventorySystem system(ResultSet row) throws SQLException {
        Date installedOn = row.getDate("installed_on");
        LedgerEntry entry = new LedgerEntry(row.getString("name"), SystemCategory.valueOf(row.getString("category")),
                row.getString("vendor"), row.getString("product"), row.getString("product_version"),
                row.getString("department"), row.getString("location"), row.getString("network_segment"),
                row.getBoolean("remote_maintenance"), row.getString("remote_method"),
                installedOn == null ? null : installedOn.toLocalDate(), row.getString("owner"));
        return new InventorySystem(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                entry, row.getObject("vendor_organisation_id", UUID.class),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
