package io.shinrai.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VEX statements applied to the findings of one SBOM: a statement speaks of a finding when it names the advisory
 * (by id or alias) and the component (by package URL, with or without version, or by its bom-ref in the SBOM), or
 * the product as a whole. A statement about the component wins over one about the product; among equals the later
 * one wins, as later statements correct earlier ones.
 */
public final class VexAssessment {

    private final Map<String, List<VexStatement>> byVulnerability = new HashMap<>();
    private final Map<String, String> purlsByRef;

    /** @param purlsByRef the package URLs of the SBOM's components by bom-ref, for statements that use refs */
    public VexAssessment(List<VexStatement> statements, Map<String, String> purlsByRef) {
        for (VexStatement statement : statements) {
            byVulnerability.computeIfAbsent(key(statement.vulnerability()), k -> new ArrayList<>()).add(statement);
        }
        this.purlsByRef = Map.copyOf(purlsByRef);
    }

    /**
     * The statements that speak of one SBOM: those about its components, those naming its product by bom-ref, and
     * those about a product of its product's name (and version, where both give one). A statement about another
     * product says nothing of this one and is left out; an SBOM without a product is taken to be about the product
     * its VEX names.
     *
     * @param product the SBOM's own product (CycloneDX {@code metadata.component}), if it names one
     * @param productRef the bom-ref of that product, if any
     */
    public static VexAssessment forSbom(List<VexStatement> statements, Map<String, String> purlsByRef,
            Optional<VexSubject.Product> product, Optional<String> productRef) {
        List<VexStatement> ofThisSbom = new ArrayList<>();
        for (VexStatement statement : statements) {
            if (statement.subject() instanceof VexSubject.Reference reference && product.isPresent()
                    && productRef.filter(reference.ref()::equals).isPresent()) {
                ofThisSbom.add(new VexStatement(statement.vulnerability(), product.get(), statement.state(),
                        statement.justification(), statement.responses(), statement.detail()));
            } else if (!(statement.subject() instanceof VexSubject.Product other)
                    || product.map(own -> same(own, other)).orElse(true)) {
                ofThisSbom.add(statement);
            }
        }
        return new VexAssessment(ofThisSbom, purlsByRef);
    }

    private static boolean same(VexSubject.Product own, VexSubject.Product other) {
        return other.name().equalsIgnoreCase(own.name())
                && (other.version() == null || own.version() == null || other.version().equals(own.version()));
    }

    public List<AssessedFinding> assess(List<Finding> findings) {
        List<AssessedFinding> assessed = new ArrayList<>();
        for (Finding finding : findings) {
            assessed.add(new AssessedFinding(finding, statement(finding)));
        }
        return assessed;
    }

    private Optional<VexStatement> statement(Finding finding) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(key(finding.advisory().id()));
        finding.advisory().aliases().forEach(alias -> ids.add(key(alias)));
        VexStatement ofComponent = null;
        VexStatement ofProduct = null;
        for (String id : ids) {
            for (VexStatement statement : byVulnerability.getOrDefault(id, List.of())) {
                if (statement.subject() instanceof VexSubject.Product) {
                    ofProduct = statement;
                } else if (names(statement.subject(), finding.component())) {
                    ofComponent = statement;
                }
            }
        }
        return Optional.ofNullable(ofComponent != null ? ofComponent : ofProduct);
    }

    private boolean names(VexSubject subject, ComponentCoordinates component) {
        Optional<PackageURL> purl = Optional.empty();
        if (subject instanceof VexSubject.Package pkg) {
            purl = Optional.of(pkg.purl());
        } else if (subject instanceof VexSubject.Reference reference && purlsByRef.containsKey(reference.ref())) {
            try {
                purl = Optional.of(new PackageURL(purlsByRef.get(reference.ref())));
            } catch (MalformedPackageURLException unreadable) {
                return false;
            }
        }
        return purl.filter(p -> PackageKey.of(p).equals(component.key())
                && (p.getVersion() == null || p.getVersion().equals(component.version()))).isPresent();
    }

    private static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
