package io.shinrai.server.finding;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.product.Products;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.CsafVex;
import io.shinrai.vuln.CsafWriter;
import io.shinrai.vuln.CycloneDxVex;
import io.shinrai.vuln.UnreadableAdvisoryException;
import io.shinrai.vuln.VexReader;
import io.shinrai.vuln.VexStatement;
import io.shinrai.vuln.VexSubject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A version's VEX as a document: written from the manufacturer's analyses as CycloneDX VEX or CSAF 2.0 VEX, for
 * hospitals and their tools, and read back from either format into the analyses. Only findings of components with
 * a package URL are written, since a VEX statement has to name its component in a way others can match.
 */
@Service
public class VexDocuments {

    /** The formats a VEX document is written in. */
    public enum Format {
        CYCLONEDX("vex.cdx.json"), CSAF("csaf-vex.json");

        private final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        public String fileName(Products.Versioned versioned) {
            return (versioned.product().name() + "-" + versioned.version().version())
                    .replaceAll("[^\\p{L}\\p{N}._-]+", "_") + "." + suffix;
        }
    }

    /** What an imported document did: the analyses it set, and the problems of statements it could not read. */
    public record Applied(int analyses, int statements, List<LocalizedText> problems) {
    }

    private final Findings findings;
    private final Products products;
    private final ShinraiProperties properties;
    private final Clock clock;

    VexDocuments(Findings findings, Products products, ShinraiProperties properties, Clock clock) {
        this.findings = findings;
        this.products = products;
        this.properties = properties;
        this.clock = clock;
    }

    /** The manufacturer's analyses of the version as one document. */
    public byte[] write(UUID organisationId, UUID versionId, Format format) {
        Products.Versioned versioned = products.version(organisationId, versionId);
        List<VexStatement> statements = findings.ofVersion(organisationId, versionId).stream()
                .map(VexDocuments::statement).flatMap(Optional::stream).toList();
        Instant now = clock.instant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == Format.CYCLONEDX) {
            CycloneDxVex.write(statements, now, out);
        } else {
            String name = versioned.product().name() + " " + versioned.version().version();
            CsafWriter.write(CsafVex.advisory(statements, new CsafVex.Header(
                    "VEX-" + versionId + "-" + now.getEpochSecond(), "VEX: " + name,
                    new CsafAdvisory.Publisher("vendor", products.maker(organisationId).name(),
                            properties.baseUrl()),
                    CsafAdvisory.Tlp.WHITE, now)), out);
        }
        return out.toByteArray();
    }

    /**
     * Sets the analyses the document's statements give to the version's findings they name, by advisory id or alias
     * and by package URL, or by the product as a whole; nothing is set unless the whole document can be read.
     *
     * @throws UnreadableAdvisoryException when the document is neither CycloneDX nor CSAF VEX, or is damaged
     */
    @Transactional
    public Applied read(UUID organisationId, UUID versionId, String fileName, InputStream in)
            throws IOException, UnreadableAdvisoryException {
        Products.Versioned versioned = products.version(organisationId, versionId);
        List<LocalizedText> problems = new ArrayList<>();
        List<VexStatement> statements = VexReader.read(in, fileName, problems);
        int analyses = 0;
        for (VersionFinding finding : findings.ofVersion(organisationId, versionId)) {
            Optional<VexStatement> covering = statements.stream()
                    .filter(statement -> covers(statement, finding, versioned)).findFirst();
            if (covering.isPresent()) {
                VexStatement statement = covering.get();
                findings.analyse(organisationId, versionId, finding.id(), statement.state(),
                        statement.justification().orElse(null),
                        statement.responses().isEmpty() ? null : statement.responses().get(0),
                        statement.detail().isBlank() ? null : statement.detail());
                analyses++;
            }
        }
        return new Applied(analyses, statements.size(), problems);
    }

    private static Optional<VexStatement> statement(VersionFinding finding) {
        if (finding.analysis() == null) {
            return Optional.empty();
        }
        return purl(finding.componentKey()).map(purl -> new VexStatement(finding.advisoryId(),
                new VexSubject.Package(purl), finding.analysis().state(),
                Optional.ofNullable(finding.analysis().justification()),
                finding.analysis().response() == null ? List.of() : List.of(finding.analysis().response()),
                finding.analysis().detail()));
    }

    private static boolean covers(VexStatement statement, VersionFinding finding, Products.Versioned versioned) {
        boolean sameVulnerability = statement.vulnerability().equals(finding.advisoryId())
                || (finding.aliases() != null
                        && Arrays.asList(finding.aliases().split(",\\s*")).contains(statement.vulnerability()));
        if (!sameVulnerability) {
            return false;
        }
        if (statement.subject() instanceof VexSubject.Package named) {
            return purl(finding.componentKey()).filter(component -> samePackage(named.purl(), component)).isPresent();
        }
        if (statement.subject() instanceof VexSubject.Product product) {
            return product.name().equalsIgnoreCase(versioned.product().name())
                    && (product.version() == null || product.version().equals(versioned.version().version()));
        }
        return false;
    }

    /** The same package, and the same version unless the statement names none (then it is about every version). */
    private static boolean samePackage(PackageURL named, PackageURL component) {
        return named.getType().equals(component.getType())
                && Objects.equals(named.getNamespace(), component.getNamespace())
                && named.getName().equals(component.getName())
                && (named.getVersion() == null || named.getVersion().equals(component.getVersion()));
    }

    private static Optional<PackageURL> purl(String componentKey) {
        if (!componentKey.startsWith("pkg:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PackageURL(componentKey));
        } catch (MalformedPackageURLException notOne) {
            return Optional.empty();
        }
    }
}
