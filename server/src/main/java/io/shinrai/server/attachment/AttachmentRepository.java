package io.shinrai.server.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    private static final String DESCRIPTION = "id, organisation_id, file_name, media_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Attachment attachment, byte[] content) {
        jdbc.sql("""
                insert into attachment (id, organisation_id, file_name, media_type, size_bytes, sha256, content,
                                        uploaded_by, uploaded_at)
                values (:id, :org, :fileName, :mediaType, :size, :sha256, :content, :uploadedBy, :uploadedAt)""")
                .param("id", attachment.id()).param("org", attachment.organisationId())
                .param("fileName", attachment.fileName()).param("mediaType", attachment.mediaType())
                .param("size", attachment.size()).param("sha256", attachment.sha256()).param("content", content)
                .param("uploadedBy", attachment.uploadedBy())
                .param("uploadedAt", Timestamp.from(attachment.uploadedAt())).update();
    }

    Optional<Attachment> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + DESCRIPTION + " from attachment where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query((row, n) -> attachment(row)).optional();
    }

    List<Attachment> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + DESCRIPTION + " from attachment where organisation_id = :org and id in (:ids)"
                        + " order by uploaded_at")
                .param("org", organisationId).param("ids", ids).query((row, n) -> attachment(row)).list();
    }

    Optional<byte[]> content(UUID organisationId, UUID id) {
        return jdbc.sql("select content from attachment where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query((row, n) -> row.getBytes("content")).optional();
    }

    boolean delete(UUID organisationId, UUID id) {
        return jdbc.sql("delete from attachment where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).update() == 1;
    }

    private static Attachment attachment(ResultSet row) throws SQLException {
        return new Attachment(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"),
                row.getString("sha256"), row.getObject("uploaded_by", UUID.class),
                row.getTimestamp("uploaded_at").toInstant());
    }
}
