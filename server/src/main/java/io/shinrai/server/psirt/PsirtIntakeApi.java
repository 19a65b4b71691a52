package io.shinrai.server.psirt;

import io.shinrai.server.attachment.RefusedAttachmentException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The PSIRT intake for programs: a report as JSON, or as a multipart form with up to three files, without an
 * account; the answer carries the tracking address, which alone reads the report's state later.
 */
@RestController
@RequestMapping("/api/v1/psirt")
@Tag(name = "PSIRT intake")
class PsirtIntakeApi {

    private final VulnerabilityReports reports;
    private final IntakeLimit limit;
    private final MessageSource messages;

    PsirtIntakeApi(VulnerabilityReports reports, IntakeLimit limit, MessageSource messages) {
        this.reports = reports;
        this.limit = limit;
        this.messages = messages;
    }

    record Received(String reference, String state, LocalDate respondBy, String trackingUrl) {
    }

    record Status(String reference, String organisation, String title, String product, String state,
                  Instant receivedAt, Instant updatedAt, List<Step> steps) {
    }

    record Step(String state, String note, Instant at) {
    }

    @PostMapping(path = "/{recipientId}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a vulnerability")
    ResponseEntity<Received> report(@PathVariable UUID recipientId, @Valid @RequestBody Submission submission,
                                    HttpServletRequest request) {
        return receive(recipientId, submission, List.of(), request);
    }

    @PostMapping(path = "/{recipientId}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report a vulnerability with files")
    ResponseEntity<Received> reportWithFiles(@PathVariable UUID recipientId, @Valid @RequestPart Submission report,
                                             @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                             HttpServletRequest request) {
        return receive(recipientId, report, files, request);
    }

    @GetMapping("/reports/{token}")
    @Operation(summary = "The state of the report a tracking token opens")
    Status status(@PathVariable String token) {
        VulnerabilityReports.Tracking tracking = reports.track(token);
        VulnerabilityReport report = tracking.report();
        return new Status(report.reference(), tracking.organisationName(), report.title(), report.product(),
                report.state().id(), report.receivedAt(), report.updatedAt(), tracking.steps().stream()
                .map(step -> new Step(step.state().id(), step.note(), step.takenAt())).toList());
    }

    private ResponseEntity<Received> receive(UUID recipientId, Submission submission, List<MultipartFile> files,
                                             HttpServletRequest request) {
        reports.intakeOf(recipientId);
        if (submission.looksAutomated() || !limit.admit(request.getRemoteAddr())) {
            throw new RefusedReportException("psirt.notNow");
        }
        VulnerabilityReports.Receipt receipt = reports.receive(recipientId, submission, SentFiles.read(files));
        VulnerabilityReport report = receipt.report();
        return ResponseEntity.created(URI.create(receipt.trackingUrl()))
                .body(new Received(report.reference(), report.state().id(), report.dueOn(), receipt.trackingUrl()));
    }

    @ExceptionHandler(RefusedReportException.class)
    ResponseEntity<ProblemDetail> refused(RefusedReportException refused) {
        HttpStatus status = refused.messageKey().equals("psirt.notNow") ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(refused.messageKey(), null, LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(RefusedAttachmentException.class)
    ProblemDetail refusedFile(RefusedAttachmentException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(refused.messageKey(),
                new Object[] {refused.fileName(), VulnerabilityReports.LARGEST_FILE / 1024 / 1024},
                LocaleContextHolder.getLocale()));
    }
}
