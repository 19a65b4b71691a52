package io.shinrai.cli;

import com.github.packageurl.PackageURL;
import io.shinrai.sbom.Component;
import io.shinrai.sbom.SbomDocument;
import io.shinrai.sbom.SbomVisitor;
import io.shinrai.vuln.AdvisoryMatcher;
import io.shinrai.vuln.AssessedFinding;
import io.shinrai.vuln.ComponentCoordinates;
import io.shinrai.vuln.MatchReport;
import io.shinrai.vuln.VexAssessment;
import io.shinrai.vuln.VexStatement;
import io.shinrai.vuln.VexSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The components of one SBOM as the matcher needs them, gathered while the SBOM is read: those with a package URL
 * and a version (from the component, else from the package URL), with their CPE, their bom-refs and the product's
 * for VEX.
 */
final class SbomVulnerabilities implements SbomVisitor {

    /** The findings of one SBOM after VEX, and how many components could not be matched for lack of identifiers. */
    record Result(List<AssessedFinding> findings, List<MatchReport.Unresolved> unresolved, int matched,
            int unmatchable) {

        List<AssessedFinding> reported() {
            return findings.stream().filter(finding -> !finding.suppressed()).toList();
        }
    }

    private final List<ComponentCoordinates> components = new ArrayList<>();
    private final Map<String, String> purlsByRef = new HashMap<>();
    private int unmatchable;
    private Component product;

    @Override
    public void component(Component component) {
        Optional<PackageURL> purl = component.packageUrl();
        String version = component.version() != null ? component.version()
                : purl.map(PackageURL::getVersion).orElse(null);
        if (purl.isEmpty() || version == null || version.isBlank()) {
            unmatchable++;
            return;
        }
        components.add(new ComponentCoordinates(purl.get(), version, Optional.ofNullable(component.cpe())));
        if (component.ref() != null) {
            purlsByRef.put(component.ref(), component.purl());
        }
    }

    @Override
    public void document(SbomDocument document) {
        product = document.product();
    }

    /** Matches the components and applies the VEX statements about this SBOM (see VexAssessment#forSbom). */
    Result check(AdvisoryMatcher matcher, List<VexStatement> statements) {
        MatchReport report = matcher.match(components);
        Optional<Component> own = Optional.ofNullable(product);
        List<AssessedFinding> findings = VexAssessment.forSbom(statements, purlsByRef,
                own.map(p -> new VexSubject.Product(p.name(), p.version())), own.map(Component::ref))
                .assess(report.findings());
        return new Result(findings, report.unresolved(), components.size(), unmatchable);
    }
}
