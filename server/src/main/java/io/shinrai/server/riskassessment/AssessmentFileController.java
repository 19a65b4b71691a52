package io.shinrai.server.riskassessment;

import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.excel.RiskWorkbookWriter;
import io.shinrai.risk.pdf.RiskReportPdfWriter;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.ConflictException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An assessment out as the workbook people fill in and as the PDF report, and the workbook back in: taken whole into
 * the draft, or refused with every problem and nothing changed.
 */
@Controller
class AssessmentFileController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RiskAssessments assessments;
    private final AssessmentVocabulary vocabulary;

    AssessmentFileController(RiskAssessments assessments, AssessmentVocabulary vocabulary) {
        this.assessments = assessments;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/workbook")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> workbook(@PathVariable UUID orgId, @PathVariable UUID assessmentId) throws IOException {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RiskWorkbookWriter(vocabulary).write(stored.assessment(), out);
        return download(out.toByteArray(), XLSX, fileName(stored, "xlsx"));
    }

    @GetMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/report")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> report(@PathVariable UUID orgId, @PathVariable UUID assessmentId) throws IOException {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RiskReportPdfWriter(vocabulary, LocaleContextHolder.getLocale()).write(stored.assessment(), out);
        return download(out.toByteArray(), MediaType.APPLICATION_PDF, fileName(stored, "pdf"));
    }

    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/workbook")
    @OrganisationScoped(OrgRole.EDITOR)
    String upload(@PathVariable UUID orgId, @PathVariable UUID assessmentId, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            assessments.importWorkbook(orgId, assessmentId, in);
            redirect.addFlashAttribute("notice", "risk.workbook.imported");
        } catch (InvalidRiskDataException invalid) {
            redirect.addFlashAttribute("problems", RiskMethodController.localized(invalid));
        } catch (UnreadableWorkbookException unreadable) {
            redirect.addFlashAttribute("problems",
                    List.of(unreadable.refusal().message().in(LocaleContextHolder.getLocale())));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/risk-assessments/" + assessmentId;
    }

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static String fileName(StoredAssessment stored, String extension) {
        return stored.assessment().id() + "-v" + stored.version() + "." + extension;
    }
}
