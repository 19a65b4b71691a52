package io.shinrai.server.sbom;

import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.MinimumElementsReport;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * SBOMs for build pipelines: a pipeline holding an API token uploads the SBOM of the version it built, as a file
 * part or as the request body, and gets the NTIA minimum-elements report back.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/versions/{versionId}/sbom")
@Tag(name = "SBOM")
class SbomApi {

    private final Sboms sboms;
    private final MessageSource messages;

    SbomApi(Sboms sboms, MessageSource messages) {
        this.sboms = sboms;
        this.messages = messages;
    }

    record Summary(UUID id, String fileName, String format, String specVersion, String serialNumber,
                   int components, MinimumElementsReport minimumElements, String importedBy, Instant importedAt) {

        static Summary of(StoredSbom sbom) {
            return new Summary(sbom.id(), sbom.fileName(), sbom.format().label(), sbom.specVersion(),
                    sbom.serialNumber(), sbom.components(), sbom.minimumElements(), sbom.importedBy(),
                    sbom.importedAt());
        }
    }

    @GetMapping
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "The version's SBOM as imported, with its NTIA minimum-elements report")
    Summary get(@PathVariable UUID orgId, @PathVariable UUID versionId) {
        return Summary.of(sboms.of(orgId, versionId).orElseThrow(NotFoundException::new));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @OrganisationScoped(OrgRole.EDITOR)
    @Operation(summary = "Replace the version's SBOM with an uploaded file (CycloneDX 1.2–1.6, SPDX 2.2/2.3)")
    Summary upload(@PathVariable UUID orgId, @PathVariable UUID versionId, @RequestParam("file") MultipartFile file)
            throws InvalidSbomException, IOException {
        try (InputStream content = file.getInputStream()) {
            return Summary.of(sboms.importFile(orgId, versionId, file.getOriginalFilename(), content));
        }
    }

    @PostMapping
    @OrganisationScoped(OrgRole.EDITOR)
    @Operation(summary = "Replace the version's SBOM with the request body, read as it arrives")
    Summary uploadBody(@PathVariable UUID orgId, @PathVariable UUID versionId, HttpServletRequest request)
            throws InvalidSbomException, IOException {
        try (InputStream content = request.getInputStream()) {
            return Summary.of(sboms.importFile(orgId, versionId, null, content));
        }
    }

    @ExceptionHandler(InvalidSbomException.class)
    ProblemDetail invalid(InvalidSbomException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("sbom.refused", null, LocaleContextHolder.getLocale()));
        List<String> problems = invalid.problems().stream()
                .map(each -> each.message().in(LocaleContextHolder.getLocale())).toList();
        problem.setProperty("problems", problems);
        return problem;
    }
}
