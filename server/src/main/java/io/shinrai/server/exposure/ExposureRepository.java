package io.shinrai.server.exposure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExposureRepository {

    private final JdbcClient jdbc;

    ExposureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A product version with its maker, as hospitals name it in their ledgers. */
    record NamedVersion(UUID vendorId, String product, String version) {
    }

    /** A system of some hospital's ledger that names a vendor on the platform. */
    record LedgerLine(UUID systemId, UUID hospitalId, String name, String product, String version) {
    }

    Optional<NamedVersion> version(UUID versionId) {
        return jdbc.sql("""
                        select p.organisation_id, p.name, v.version from product_version v
                        join product p on p.id = v.product_id where v.id = :id""")
                .param("id", versionId)
                .query((row, n) -> new NamedVersion(row.getObject(1, UUID.class), row.getString(2), row.getString(3)))
                .optional();
    }

    List<LedgerLine> systemsOfVendor(UUID vendorId) {
        return jdbc.sql("""
                        select id, organisation_id, name, product, product_version from inventory_system
                        where vendor_organisation_id = :vendor
                            and product is not null and product_version is not null""")
                .param("vendor", vendorId)
                .query((row, n) -> new LedgerLine(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getString(4), row.getString(5)))
                .list();
    }
}
