package io.shinrai.server.finding;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A version's findings for pipelines and other systems, e.g. to fail a release build that has open findings. */
@RestController
@Tag(name = "SBOM")
class FindingApi {

    private final Findings findings;

    FindingApi(Findings findings) {
        this.findings = findings;
    }

    @GetMapping("/api/v1/organisations/{orgId}/versions/{versionId}/findings")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "The version's findings: component, advisory, what matched, the analysis, and whether open")
    List<Entry> list(@PathVariable UUID orgId, @PathVariable UUID versionId) {
        return findings.ofVersion(orgId, versionId).stream().map(Entry::of).toList();
    }

    record Entry(long id, String component, String advisory, String aliases, String summary, String matched,
                 boolean undecided, boolean open, VexAnalysis analysis) {

        static Entry of(VersionFinding finding) {
            return new Entry(finding.id(), finding.component(), finding.advisoryId(), finding.aliases(),
                    finding.summary(), finding.matched(), finding.undecided(), finding.open(), finding.analysis());
        }
    }
}
