package io.shinrai.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * VEX statements in CSAF 2.0: read from any CSAF document's product status, flags, threats and remediations, and
 * made into a {@code csaf_vex} document for {@link CsafWriter}. A product with a package URL is that package; any
 * other product is the product by its name and version.
 */
public final class CsafVex {

    private CsafVex() {
    }

    /** Who publishes the VEX document, under which tracking id and title, marked how, released when. */
    public record Header(String trackingId, String title, CsafAdvisory.Publisher publisher, CsafAdvisory.Tlp tlp,
            Instant released) {
    }

    public static List<VexStatement> read(InputStream in, String where, List<LocalizedText> problems)
            throws IOException, UnreadableAdvisoryException {
        byte[] json = in.readNBytes(CsafReader.MAX_DOCUMENT_BYTES + 1);
        if (json.length > CsafReader.MAX_DOCUMENT_BYTES) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_LARGE, where, null);
        }
        CsafDocument document = CsafDocument.of(AdvisoryJson.tree(json, where), where);
        List<VexStatement> statements = new ArrayList<>();
        int index = 0;
        for (JsonNode vulnerability : document.vulnerabilities()) {
            String at = where + " /vulnerabilities/" + index++;
            Optional<String> id = CsafDocument.vulnerabilityId(vulnerability);
            if (id.isEmpty()) {
                problems.add(AdvisoryRefusal.MISSING_FIELD.at(at + "/cve"));
                continue;
            }
            Map<String, VexJustification> justifications = new HashMap<>();
            for (JsonNode flag : vulnerability.path("flags").values()) {
                Optional<VexJustification> justification = Optional.ofNullable(
                        AdvisoryJson.text(flag.path("label"))).flatMap(VexJustification::ofCsafLabel);
                justification.ifPresent(j -> document.productIds(flag).forEach(p -> justifications.put(p, j)));
            }
            Map<String, List<VexResponse>> responses = new HashMap<>();
            Map<String, String> details = new HashMap<>();
            for (JsonNode remediation : vulnerability.path("remediations").values()) {
                Optional<VexResponse> response = Optional.ofNullable(AdvisoryJson.text(remediation.path("category")))
                        .flatMap(VexResponse::ofCsafCategory);
                String text = AdvisoryJson.text(remediation.path("details"));
                for (String product : document.productIds(remediation)) {
                    response.ifPresent(r -> responses.computeIfAbsent(product, p -> new ArrayList<>()).add(r));
                    if (text != null) {
                        details.putIfAbsent(product, text);
                    }
                }
            }
            for (JsonNode threat : vulnerability.path("threats").values()) {
                String text = AdvisoryJson.text(threat.path("details"));
                if ("impact".equals(AdvisoryJson.text(threat.path("category"))) && text != null) {
                    document.productIds(threat).forEach(product -> details.put(product, text));
                }
            }
            for (Map.Entry<String, JsonNode> status : vulnerability.path("product_status").properties()) {
                Optional<VexState> state = VexState.ofCsafStatus(status.getKey());
                if (state.isEmpty()) {
                    continue;
                }
                for (String product : AdvisoryJson.texts(status.getValue())) {
                    statements.add(new VexStatement(id.get(), subject(document.products(), product), state.get(),
                            Optional.ofNullable(justifications.get(product)),
                            responses.getOrDefault(product, List.of()), details.get(product)));
                }
            }
        }
        if (document.products().overflowed()) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_LARGE, where + " product_groups", null);
        }
        return statements;
    }

    private static VexSubject subject(CsafProducts products, String id) {
        Optional<CsafProducts.Product> product = products.product(id);
        if (product.isEmpty()) {
            return new VexSubject.Reference(id);
        }
        if (product.get().purl().isPresent()) {
            try {
                return new VexSubject.Package(new PackageURL(product.get().purl().get()));
            } catch (MalformedPackageURLException | RuntimeException malformed) {
                // named by its name, as a product without package URL is
            }
        }
        return new VexSubject.Product(product.get().productName(), product.get().version().orElse(null));
    }

    /** The statements as a {@code csaf_vex} document: one vulnerability per id, one product per subject. */
    public static CsafAdvisory advisory(List<VexStatement> statements, Header header) {
        Map<VexSubject, CsafAdvisory.Product> products = new LinkedHashMap<>();
        Map<String, List<VexStatement>> byVulnerability = new LinkedHashMap<>();
        for (VexStatement statement : statements) {
            products.computeIfAbsent(statement.subject(), CsafVex::product);
            byVulnerability.computeIfAbsent(statement.vulnerability(), v -> new ArrayList<>()).add(statement);
        }
        List<CsafAdvisory.Vulnerability> vulnerabilities = new ArrayList<>();
        for (Map.Entry<String, List<VexStatement>> vulnerability : byVulnerability.entrySet()) {
            List<CsafAdvisory.ProductStatus> statuses = new ArrayList<>();
            List<CsafAdvisory.Remediation> remediations = new ArrayList<>();
            for (VexStatement statement : vulnerability.getValue()) {
                CsafAdvisory.Ref ref = CsafAdvisory.Ref.to(products.get(statement.subject()));
                boolean notAffected = statement.state().csafStatus().equals("known_not_affected");
                statuses.add(new CsafAdvisory.ProductStatus(ref, statement.state(), statement.justification(),
                        notAffected ? statement.detail() : ""));
                for (VexResponse response : statement.responses()) {
                    remediations.add(new CsafAdvisory.Remediation(response, statement.detail().isEmpty()
                            ? response.cycloneDx().replace('_', ' ') : statement.detail(), Optional.empty(),
                            List.of(ref)));
                }
            }
            vulnerabilities.add(new CsafAdvisory.Vulnerability(vulnerability.getKey(), vulnerability.getKey(),
                    "Status of the products named here with regard to " + vulnerability.getKey() + ".",
                    Optional.empty(), List.of(), statuses, remediations));
        }
        CsafAdvisory.Tracking tracking = new CsafAdvisory.Tracking(header.trackingId(), CsafAdvisory.Status.FINAL,
                List.of(new CsafAdvisory.Revision("1", header.released(), "Initial release.")));
        return new CsafAdvisory(CsafAdvisory.Category.VEX, header.title(), header.publisher(), header.tlp(), "en",
                tracking, List.copyOf(products.values()), vulnerabilities);
    }

    private static CsafAdvisory.Product product(VexSubject subject) {
        if (subject instanceof VexSubject.Package pkg) {
            return new CsafAdvisory.Product(null, pkg.purl().getName(), pkg.purl().getVersion(),
                    Optional.of(pkg.purl().canonicalize()), Optional.empty(), List.of());
        }
        if (subject instanceof VexSubject.Product product) {
            return new CsafAdvisory.Product(null, product.name(), product.version(), Optional.empty(),
                    Optional.empty(), List.of());
        }
        return new CsafAdvisory.Product(null, ((VexSubject.Reference) subject).ref(), null, Optional.empty(),
                Optional.empty(), List.of());
    }
}
