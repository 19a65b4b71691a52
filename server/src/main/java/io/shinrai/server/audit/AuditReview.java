package io.shinrai.server.audit;

import io.shinrai.audit.ChainedRecord;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.security.ShinraiPrincipal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewing an organisation's audit trail: pages of records and exports. Each use is itself recorded (DCM 110101,
 * 110106). Exports are written page by page, so a trail of any length is exported in bounded memory.
 */
@Service
public class AuditReview {

    static final int MAX_PAGE = 200;
    private static final int EXPORT_PAGE = 500;

    private final AuditRepository repository;
    private final OwnAuditEvents own;
    private final JsonMapper json;

    AuditReview(AuditRepository repository, OwnAuditEvents own, JsonMapper json) {
        this.repository = repository;
        this.own = own;
        this.json = json;
    }

    public AuditPage page(UUID organisationId, AuditQuery query, Long before, int size, ShinraiPrincipal who,
                          String address) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<ChainedRecord> records = repository.search(organisationId, query, ActivityLog.DISPLAY_ZONE,
                before == null ? Long.MAX_VALUE : before, limit + 1);
        own.auditLogUsed(organisationId, who, address, "/orgs/" + organisationId + "/audit");
        boolean more = records.size() > limit;
        List<AuditRow> rows = records.stream().limit(limit).map(AuditRow::of).toList();
        return new AuditPage(rows, more ? rows.get(rows.size() - 1).sequence() : null);
    }

    public enum ExportFormat { CSV, JSON }

    public void export(UUID organisationId, AuditQuery query, ExportFormat format, OutputStream out,
                       ShinraiPrincipal who, String address) throws IOException {
        own.exported(organisationId, who, address, "/orgs/" + organisationId + "/audit/export?format=" + format);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (format == ExportFormat.CSV) {
            writer.write('\uFEFF'); // so that Excel in Japan opens UTF-8 as UTF-8
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("sequence", "recorded_at",
                    "event_time", "event_id", "event_name", "event_types", "action", "outcome", "user_id",
                    "user_name", "network_access_point", "source_id", "patient_ids", "object_ids", "format",
                    "validity", "problems", "origin").get());
            forEachPage(organisationId, query, row -> csv.printRecord(row.sequence(), row.recordedAt(),
                    row.eventTime(), row.eventId(), row.eventName(), String.join(" ", row.eventTypes()),
                    row.action(), row.outcome(), row.userId(), row.userName(), row.networkAccessPoint(),
                    row.sourceId(), String.join(" ", row.patientIds()), String.join(" ", row.objectIds()),
                    row.format(), row.validity(), String.join(" | ", row.problems()), row.origin()));
            csv.flush();
        } else {
            writer.write('[');
            boolean[] first = {true};
            forEachPage(organisationId, query, row -> {
                if (!first[0]) {
                    writer.write(',');
                }
                first[0] = false;
                writer.write('\n');
                writer.write(json.writeValueAsString(row));
            });
            writer.write("\n]\n");
        }
        writer.flush();
    }

    private void forEachPage(UUID organisationId, AuditQuery query, RowWriter each) throws IOException {
        long before = Long.MAX_VALUE;
        while (true) {
            List<ChainedRecord> page = repository.search(organisationId, query, ActivityLog.DISPLAY_ZONE, before,
                    EXPORT_PAGE);
            for (ChainedRecord record : page) {
                each.write(AuditRow.of(record));
            }
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            before = page.get(page.size() - 1).sequence();
        }
    }

    private interface RowWriter {
        void write(AuditRow row) throws IOException;
    }
}
