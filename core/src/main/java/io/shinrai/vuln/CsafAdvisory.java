package io.shinrai.vuln;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A CSAF 2.0 document to write ({@link CsafWriter}): a security advisory or a VEX document about versions of
 * products and the components they are made of. Product ids are the writer's to give; statuses and remediations
 * point at a product version, or at a component as part of one, by {@link Ref}.
 */
public record CsafAdvisory(Category category, String title, Publisher publisher, Tlp tlp, String lang,
        Tracking tracking, List<Product> products, List<Vulnerability> vulnerabilities) {

    public CsafAdvisory {
        products = List.copyOf(products);
        vulnerabilities = List.copyOf(vulnerabilities);
    }

    public enum Category {
        SECURITY_ADVISORY("csaf_security_advisory"), VEX("csaf_vex");

        private final String name;

        Category(String name) {
            this.name = name;
        }

        public String csafName() {
            return name;
        }
    }

    /** CSAF 2.0 marks distribution with TLP 1.0. */
    public enum Tlp { WHITE, GREEN, AMBER, RED }

    public enum Status { DRAFT, INTERIM, FINAL }

    /** {@code category} is a CSAF publisher category: vendor, coordinator, discoverer, other, translator, user. */
    public record Publisher(String category, String name, String namespace) {
    }

    /** The revisions in order; the document's version and dates are those of the last and the first. */
    public record Tracking(String id, Status status, List<Revision> revisions) {
        public Tracking {
            revisions = List.copyOf(revisions);
            if (revisions.isEmpty()) {
                throw new IllegalArgumentException("a CSAF document has at least one revision");
            }
        }
    }

    public record Revision(String number, Instant date, String summary) {
    }

    /** One version of a product (no version: the product as a whole); without a vendor it has no branch. */
    public record Product(String vendor, String name, String version, Optional<String> purl, Optional<String> cpe,
            List<Component> components) {
        public Product {
            components = List.copyOf(components);
        }

        String fullName() {
            return version == null ? name : name + " " + version;
        }
    }

    public record Component(String name, String version, Optional<String> purl, Optional<String> cpe) {
        String fullName() {
            return version == null ? name : name + " " + version;
        }
    }

    /** A product version, or a component as part of it. */
    public record Ref(Product product, Optional<Component> component) {
        public static Ref to(Product product) {
            return new Ref(product, Optional.empty());
        }
    }

    /** A CVSS v3 vector with the base score it gives, which the writer does not compute. */
    public record Score(String vector, double baseScore, List<Ref> refs) {
        public Score {
            refs = List.copyOf(refs);
        }
    }

    public record ProductStatus(Ref ref, VexState state, Optional<VexJustification> justification, String impact) {
    }

    public record Remediation(VexResponse category, String details, Optional<String> url, List<Ref> refs) {
        public Remediation {
            refs = List.copyOf(refs);
        }
    }

    /** {@code cwe} is an id such as {@code CWE-79} with its name, both as the CWE list has them. */
    public record Vulnerability(String cve, String title, String description, Optional<Cwe> cwe, List<Score> scores,
            List<ProductStatus> statuses, List<Remediation> remediations) {
        public Vulnerability {
            scores = List.copyOf(scores);
            statuses = List.copyOf(statuses);
            remediations = List.copyOf(remediations);
        }
    }

    public record Cwe(String id, String name) {
    }
}
