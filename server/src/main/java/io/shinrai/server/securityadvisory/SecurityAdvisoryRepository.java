package io.shinrai.server.securityadvisory;

import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.CvssRating;
import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SecurityAdvisoryRepository {

    private static final String COLUMNS = "a.id, a.organisation_id, a.number, a.tracking_id, a.report_id, a.category, "
            + "a.title, a.description, a.cve, a.cvss31_vector, a.cvss4_vector, a.component_purl, a.tlp, "
            + "a.remediation, a.remediation_details, a.remediation_url, a.created_at, a.updated_at";

    private final JdbcClient jdbc;

    SecurityAdvisoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SecurityAdvisory advisory) {
        jdbc.sql("""
                insert into security_advisory (id, organisation_id, number, tracking_id, report_id, category, title,
                    description, cve, cvss31_vector, cvss4_vector, component_purl, tlp, remediation,
                    remediation_details, remediation_url, created_at, updated_at)
                values (:id, :org, :number, :trackingId, :reportId, :category, :title, :description, :cve, :cvss31,
                    :cvss4, :component, :tlp, :remediation, :remediationDetails, :remediationUrl, :createdAt,
                    :updatedAt)""")
                .param("id", advisory.id()).param("org", advisory.organisationId())
                .param("number", advisory.number()).param("trackingId", advisory.trackingId())
                .param("reportId", advisory.reportId()).param("createdAt", Timestamp.from(advisory.createdAt()))
                .params(content(advisory)).update();
    }

    void update(SecurityAdvisory advisory) {
        jdbc.sql("""
                update security_advisory set category = :category, title = :title, description = :description,
                    cve = :cve, cvss31_vector = :cvss31, cvss4_vector = :cvss4, component_purl = :component,
                    tlp = :tlp, remediation = :remediation, remediation_details = :remediationDetails,
                    remediation_url = :remediationUrl, updated_at = :updatedAt
                where id = :id""")
                .param("id", advisory.id()).params(content(advisory)).update();
    }

    private static Map<String, Object> content(SecurityAdvisory advisory) {
        Map<String, Object> values = new HashMap<>();
        values.put("category", advisory.category().name());
        values.put("title", advisory.title());
        values.put("description", advisory.description());
        values.put("cve", advisory.cve());
        values.put("cvss31", advisory.cvss31() == null ? null : advisory.cvss31().vector());
        values.put("cvss4", advisory.cvss4() == null ? null : advisory.cvss4().vector());
        values.put("component", advisory.componentPurl());
        values.put("tlp", advisory.tlp().name());
        values.put("remediation", advisory.remedy() == null ? null : advisory.remedy().category().name());
        values.put("remediationDetails", advisory.remedy() == null ? null : advisory.remedy().details());
        values.put("remediationUrl", advisory.remedy() == null ? null : advisory.remedy().url());
        values.put("updatedAt", Timestamp.from(advisory.updatedAt()));
        return values;
    }

    Optional<SecurityAdvisory> find(UUID organisationId, UUID advisoryId) {
        return jdbc.sql("select " + COLUMNS + " from security_advisory a where a.id = :id and a.organisation_id = :org")
                .param("id", advisoryId).param("org", organisationId).query(SecurityAdvisoryRepository::advisory)
                .optional();
    }

    List<SecurityAdvisory> ofOrganisation(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from security_advisory a where a.organisation_id = :org "
                        + "order by a.number desc")
                .param("org", organisationId).query(SecurityAdvisoryRepository::advisory).list();
    }

    /** Published advisories that speak of any of the versions, newest first. */
    List<SecurityAdvisory> publishedAbout(Collection<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from security_advisory a where a.id in (select advisory_id from "
                        + "security_advisory_version where product_version_id in (:versions)) and exists (select 1 "
                        + "from security_advisory_revision r where r.advisory_id = a.id) order by a.updated_at desc")
                .param("versions", versionIds).query(SecurityAdvisoryRepository::advisory).list();
    }

    List<VersionStatement> statementsOf(UUID advisoryId) {
        return jdbc.sql("""
                        select product_version_id, state, justification from security_advisory_version
                        where advisory_id = :id order by product_version_id""")
                .param("id", advisoryId)
                .query((row, n) -> new VersionStatement(row.getObject(1, UUID.class), VexState.valueOf(row.getString(2)),
                        row.getString(3) == null ? null : VexJustification.valueOf(row.getString(3))))
                .list();
    }

    void replaceStatements(UUID advisoryId, List<VersionStatement> statements) {
        jdbc.sql("delete from security_advisory_version where advisory_id = :id").param("id", advisoryId).update();
        for (VersionStatement statement : statements) {
            jdbc.sql("""
                    insert into security_advisory_version (advisory_id, product_version_id, state, justification)
                    values (:id, :version, :state, :justification)""")
                    .param("id", advisoryId).param("version", statement.versionId())
                    .param("state", statement.state().name())
                    .param("justification", statement.justification() == null ? null
                            : statement.justification().name())
                    .update();
        }
    }

    List<Revision> revisionsOf(UUID advisoryId) {
        return jdbc.sql("""
                        select number, summary, published_at, sha256 from security_advisory_revision
                        where advisory_id = :id order by number""")
                .param("id", advisoryId)
                .query((row, n) -> new Revision(row.getInt(1), row.getString(2),
                        row.getTimestamp(3).toInstant(), row.getString(4)))
                .list();
    }

    void addRevision(UUID advisoryId, Revision revision, byte[] document) {
        jdbc.sql("""
                insert into security_advisory_revision (advisory_id, number, summary, published_at, document, sha256)
                values (:id, :number, :summary, :publishedAt, :document, :sha256)""")
                .param("id", advisoryId).param("number", revision.number()).param("summary", revision.summary())
                .param("publishedAt", Timestamp.from(revision.publishedAt())).param("document", document)
                .param("sha256", revision.sha256()).update();
    }

    /** The document of the advisory's latest revision, as served. */
    Optional<byte[]> latestDocument(UUID advisoryId) {
        return jdbc.sql("""
                        select document from security_advisory_revision where advisory_id = :id
                        order by number desc fetch first 1 rows only""")
                .param("id", advisoryId).query(byte[].class).optional();
    }

    private static SecurityAdvisory advisory(ResultSet row, int n) throws SQLException {
        String remediation = row.getString("remediation");
        return new SecurityAdvisory(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getInt("number"), row.getString("tracking_id"), row.getObject("report_id", UUID.class),
                CsafAdvisory.Category.valueOf(row.getString("category")), row.getString("title"),
                row.getString("description"), row.getString("cve"),
                CvssRating.ofStored(CvssRating.Version.V3_1, row.getString("cvss31_vector")),
                CvssRating.ofStored(CvssRating.Version.V4_0, row.getString("cvss4_vector")), row.getString("component_purl"),
                CsafAdvisory.Tlp.valueOf(row.getString("tlp")),
                remediation == null ? null : new Remedy(VexResponse.valueOf(remediation),
                        row.getString("remediation_details"), row.getString("remediation_url")),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
