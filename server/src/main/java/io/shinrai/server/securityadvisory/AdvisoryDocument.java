package io.shinrai.server.securityadvisory;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.sbom.StoredComponent;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.CsafWriter;
import io.shinrai.vuln.PackageKey;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An advisory as a CSAF 2.0 document: its publisher's product versions as the product tree (vendor, product name,
 * version), each with the SBOM components that are the advisory's package as {@code default_component_of}
 * relationships; one vulnerability with the status of every version and of its components, the CVSS 3.1 score and
 * the remedy for those affected. CSAF 2.0 has no place for a CVSS 4.0 score, so its vector is given in the
 * description.
 */
@Component
class AdvisoryDocument {

    private final Products products;
    private final Sboms sboms;
    private final ShinraiProperties properties;

    AdvisoryDocument(Products products, Sboms sboms, ShinraiProperties properties) {
        this.products = products;
        this.sboms = sboms;
        this.properties = properties;
    }

    /** The publisher's namespace: one per organisation, since several publish from the same server. */
    String namespace(UUID organisationId) {
        return properties.baseUrl() + "/csaf/" + organisationId;
    }

    byte[] write(SecurityAdvisory advisory, List<VersionStatement> statements, List<Revision> revisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsafWriter.write(csaf(advisory, statements, revisions), out);
        return out.toByteArray();
    }

    private CsafAdvisory csaf(SecurityAdvisory advisory, List<VersionStatement> statements,
                              List<Revision> revisions) {
        UUID publisherId = advisory.organisationId();
        String vendor = products.maker(publisherId).name();
        Optional<PackageKey> component = packageKey(advisory.componentPurl());
        List<CsafAdvisory.Product> tree = new ArrayList<>();
        List<CsafAdvisory.ProductStatus> statuses = new ArrayList<>();
        List<CsafAdvisory.Ref> affected = new ArrayList<>();
        for (VersionStatement statement : statements) {
            Products.Versioned versioned = products.version(publisherId, statement.versionId());
            List<CsafAdvisory.Component> components = component.map(key -> sboms.withPackage(
                    statement.versionId(), key).stream().map(AdvisoryDocument::component).distinct().toList())
                    .orElse(List.of());
            CsafAdvisory.Product product = new CsafAdvisory.Product(vendor, versioned.product().name(),
                    versioned.version().version(), Optional.empty(), Optional.empty(), components);
            tree.add(product);
            List<CsafAdvisory.Ref> refs = new ArrayList<>(List.of(CsafAdvisory.Ref.to(product)));
            components.forEach(part -> refs.add(new CsafAdvisory.Ref(product, Optional.of(part))));
            for (CsafAdvisory.Ref ref : refs) {
                statuses.add(new CsafAdvisory.ProductStatus(ref, statement.state(),
                        Optional.ofNullable(statement.justification()), ""));
            }
            if (statement.state().affects()) {
                affected.addAll(refs);
            }
        }
        List<CsafAdvisory.Score> scores = advisory.cvss31() == null || affected.isEmpty() ? List.of()
                : List.of(new CsafAdvisory.Score(advisory.cvss31().vector(), advisory.cvss31().baseScore(),
                        affected));
        List<CsafAdvisory.Remediation> remediations = advisory.remedy() == null || affected.isEmpty() ? List.of()
                : List.of(new CsafAdvisory.Remediation(advisory.remedy().category(), advisory.remedy().details(),
                        Optional.ofNullable(advisory.remedy().url()), affected));
        String description = advisory.cvss4() == null ? advisory.description()
                : advisory.description() + "\n\nCVSS v4.0: " + advisory.cvss4().vector() + " ("
                        + advisory.cvss4().baseScore() + ")";
        CsafAdvisory.Vulnerability vulnerability = new CsafAdvisory.Vulnerability(
                advisory.cve() == null ? advisory.trackingId() : advisory.cve(), advisory.title(), description,
                Optional.empty(), scores, statuses, remediations);
        return new CsafAdvisory(advisory.category(), advisory.title(),
                new CsafAdvisory.Publisher("vendor", vendor, namespace(publisherId)), advisory.tlp(), "ja",
                new CsafAdvisory.Tracking(advisory.trackingId(), CsafAdvisory.Status.FINAL, revisions.stream()
                        .map(revision -> new CsafAdvisory.Revision(String.valueOf(revision.number()),
                                revision.publishedAt(), revision.summary())).toList()),
                tree, List.of(vulnerability));
    }

    private static CsafAdvisory.Component component(StoredComponent stored) {
        String name = stored.group() == null ? stored.name() : stored.group() + "/" + stored.name();
        return new CsafAdvisory.Component(name, stored.version(), Optional.ofNullable(stored.purl()),
                Optional.ofNullable(stored.cpe()));
    }

    /** The package of a purl checked when it was saved. */
    static Optional<PackageKey> packageKey(String purl) {
        if (purl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PackageKey.of(new PackageURL(purl)));
        } catch (MalformedPackageURLException checkedWhenSaved) {
            throw new IllegalStateException(checkedWhenSaved);
        }
    }
}
