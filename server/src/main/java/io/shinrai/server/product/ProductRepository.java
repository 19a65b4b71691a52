package io.shinrai.server.product;

import io.shinrai.disclosure.excel.SheetText;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Product> of(UUID organisationId) {
        return jdbc.sql("select * from product where organisation_id = :org order by name_key")
                .param("org", organisationId).query((row, n) -> product(row)).list();
    }

    Optional<Product> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from product where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query((row, n) -> product(row)).optional();
    }

    boolean nameTaken(UUID organisationId, String name) {
        return jdbc.sql("select count(*) from product where organisation_id = :org and name_key = :key")
                .param("org", organisationId).param("key", SheetText.key(name)).query(Integer.class).single() > 0;
    }

    Optional<Product> findByName(UUID organisationId, String name) {
        return jdbc.sql("select * from product where organisation_id = :org and name_key = :key")
                .param("org", organisationId).param("key", SheetText.key(name)).query((row, n) -> product(row))
                .optional();
    }

    Optional<ProductVersion> findVersionByName(UUID productId, String version) {
        return jdbc.sql("select * from product_version where product_id = :product and version_key = :key")
                .param("product", productId).param("key", SheetText.key(version)).query((row, n) -> version(row))
                .optional();
    }

    void insert(Product product) {
        jdbc.sql("insert into product (id, organisation_id, name, name_key, created_at) "
                        + "values (:id, :org, :name, :key, :at)")
                .param("id", product.id()).param("org", product.organisationId()).param("name", product.name())
                .param("key", SheetText.key(product.name())).param("at", Timestamp.from(product.createdAt()))
                .update();
    }

    List<ProductVersion> versions(UUID productId) {
        return jdbc.sql("select * from product_version where product_id = :product order by created_at, version_key")
                .param("product", productId).query((row, n) -> version(row)).list();
    }

    /** The version, when it belongs to a product of the organisation. */
    Optional<ProductVersion> findVersion(UUID organisationId, UUID versionId) {
        return jdbc.sql("""
                        select v.* from product_version v join product p on p.id = v.product_id
                        where v.id = :id and p.organisation_id = :org""")
                .param("id", versionId).param("org", organisationId).query((row, n) -> version(row)).optional();
    }

    boolean versionTaken(UUID productId, String version) {
        return jdbc.sql("select count(*) from product_version where product_id = :product and version_key = :key")
                .param("product", productId).param("key", SheetText.key(version)).query(Integer.class).single() > 0;
    }

    void insertVersion(ProductVersion version) {
        Lifecycle dates = version.lifecycle();
        jdbc.sql("""
                        insert into product_version (id, product_id, version, version_key, released_on, end_of_sales,
                            end_of_support, end_of_life, created_at)
                        values (:id, :product, :version, :key, :released, :eos, :eosupport, :eol, :at)""")
                .param("id", version.id()).param("product", version.productId()).param("version", version.version())
                .param("key", SheetText.key(version.version())).param("released", date(dates.releasedOn()))
                .param("eos", date(dates.endOfSales())).param("eosupport", date(dates.endOfSupport()))
                .param("eol", date(dates.endOfLife())).param("at", Timestamp.from(version.createdAt())).update();
    }

    void updateLifecycle(UUID versionId, Lifecycle dates) {
        jdbc.sql("""
                        update product_version set released_on = :released, end_of_sales = :eos,
                            end_of_support = :eosupport, end_of_life = :eol
                        where id = :id""")
                .param("id", versionId).param("released", date(dates.releasedOn()))
                .param("eos", date(dates.endOfSales())).param("eosupport", date(dates.endOfSupport()))
                .param("eol", date(dates.endOfLife())).update();
    }

    void insertEvent(UUID versionId, LifecycleEvent event) {
        jdbc.sql("""
                        insert into lifecycle_event (product_version_id, milestone, previous_date, new_date,
                            changed_by, changed_at)
                        values (:version, :milestone, :previous, :next, :by, :at)""")
                .param("version", versionId).param("milestone", event.milestone().name())
                .param("previous", date(event.previousDate())).param("next", date(event.newDate()))
                .param("by", event.changedBy()).param("at", Timestamp.from(event.changedAt())).update();
    }

    /** The events of a version, newest first. */
    List<LifecycleEvent> events(UUID versionId) {
        return jdbc.sql("select * from lifecycle_event where product_version_id = :version "
                        + "order by changed_at desc, id desc")
                .param("version", versionId)
                .query((row, n) -> new LifecycleEvent(Milestone.valueOf(row.getString("milestone")),
                        localDate(row, "previous_date"), localDate(row, "new_date"), row.getString("changed_by"),
                        row.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static Product product(ResultSet row) throws SQLException {
        return new Product(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("name"), row.getTimestamp("created_at").toInstant());
    }

    private static ProductVersion version(ResultSet row) throws SQLException {
        return new ProductVersion(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
                row.getString("version"), new Lifecycle(localDate(row, "released_on"),
                localDate(row, "end_of_sales"), localDate(row, "end_of_support"), localDate(row, "end_of_life")),
                row.getTimestamp("created_at").toInstant());
    }

    private static LocalDate localDate(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
