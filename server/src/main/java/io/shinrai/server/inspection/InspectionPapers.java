package io.shinrai.server.inspection;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.checklist.ChecklistRound;
import io.shinrai.server.checklist.Checklists;
import io.shinrai.server.checklist.VendorForms;
import io.shinrai.server.gap.Gaps;
import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.gap.SystemGaps;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces, in one action, the papers a hospital shows at an on-site inspection (立入検査): a workbook with the
 * ledger, the disclosures received, every gap with its risk evaluation and the latest checklists, and a PDF summary
 * naming the date and the person responsible. Each production is recorded with the fingerprint of what was handed over.
 */
@Service
public class InspectionPapers {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Inventory inventory;
    private final Intake intake;
    private final Gaps gaps;
    private final Checklists checklists;
    private final VendorForms vendorForms;
    private final InspectionWorkbook workbook;
    private final InspectionPackRepository packs;
    private final MessageSource messages;
    private final ActivityLog activity;
    private final Clock clock;

    InspectionPapers(Inventory inventory, Intake intake, Gaps gaps, Checklists checklists, VendorForms vendorForms,
                     InspectionWorkbook workbook, InspectionPackRepository packs, MessageSource messages,
                     ActivityLog activity, Clock clock) {
        this.inventory = inventory;
        this.intake = intake;
        this.gaps = gaps;
        this.checklists = checklists;
        this.vendorForms = vendorForms;
        this.workbook = workbook;
        this.packs = packs;
        this.messages = messages;
        this.activity = activity;
        this.clock = clock;
    }

    /** The papers as one zip, and its name. */
    public record Papers(String fileName, byte[] zip) {
    }

    public List<InspectionPack> producedFor(UUID hospitalId) {
        inventory.hospital(hospitalId);
        return packs.of(hospitalId);
    }

    public Optional<String> lastResponsiblePerson(UUID hospitalId) {
        return producedFor(hospitalId).stream().findFirst().map(InspectionPack::responsiblePerson);
    }

    @Transactional
    public Papers produce(UUID hospitalId, String responsiblePerson, LocalDate preparedOn, Locale locale,
                          ShinraiPrincipal by) throws IOException {
        Organisation hospital = inventory.hospital(hospitalId);
        Map<InventorySystem, List<SystemGaps>> portfolio = gaps.portfolio(hospitalId);
        LocalDate today = LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE));
        Optional<ChecklistRound> round = checklists.rounds(hospitalId).stream().findFirst();
        InspectionContents contents = new InspectionContents(hospital, responsiblePerson.strip(), preparedOn,
                inventory.of(hospitalId), intake.receivedByHospital(hospitalId), portfolio,
                Portfolio.of(hospital, portfolio, null, today), round,
                round.flatMap(latest -> checklists.form(hospitalId, latest.id(), null)),
                round.map(latest -> vendorForms.of(hospitalId, latest.id())).orElse(List.of()));
        Labels labels = new Labels(messages, locale);
        String stem = labels.get("inspection.fileStem") + "_" + COMPACT_DATE.format(preparedOn);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry(stem + ".xlsx"));
            out.write(workbook.write(contents, locale));
            out.putNextEntry(new ZipEntry(stem + "_" + labels.get("inspection.summaryFile") + ".pdf"));
            out.write(InspectionSummaryPdf.write(contents, labels));
        }
        InspectionPack pack = new InspectionPack(UUID.randomUUID(), hospitalId, contents.responsiblePerson(),
                preparedOn, clock.instant(), by.actingUserId(), by.displayName(), Sha256.hex(zip.toByteArray()));
        packs.insert(pack);
        activity.record(hospitalId, "inspection.produced", Target.of("inspection", pack.id()), null,
                Map.of("responsiblePerson", pack.responsiblePerson(), "sha256", pack.sha256()));
        return new Papers(stem + ".zip", zip.toByteArray());
    }
}
