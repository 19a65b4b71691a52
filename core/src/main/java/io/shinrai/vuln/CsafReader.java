package io.shinrai.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reads CSAF 2.0 documents (any category; security advisories and VEX documents are the ones with vulnerabilities)
 * into advisories: one advisory per vulnerability, with the id {@code <tracking id>/<CVE or first id>}, so that a
 * vendor's document and another's about the same CVE stay apart and a new revision of the document replaces the old.
 * A product is affected when the vulnerability lists it as {@code first_affected}, {@code known_affected} or
 * {@code last_affected}; it is matched by the package URL or CPE its {@code product_identification_helper} gives,
 * with the version from the package URL, else from its {@code product_version} branch, else the range of its
 * {@code product_version_range} branch (vers notation). For a package, first_affected, last_affected and
 * first_fixed versions are the events of a range (a release train from its first affected version, or from the
 * start, to its last affected or first fixed one); a known_affected version is that version only, and so is any
 * version matched by CPE. A product with neither package URL nor CPE cannot be
 * matched and is passed over: no identifier is derived from a product's name.
 */
public final class CsafReader extends AdvisoryDocumentReader {

    /** Larger than the largest CSAF documents published (distributions' advisories with big product trees). */
    public static final int MAX_DOCUMENT_BYTES = 64 << 20;

    /** The affected statuses, and first_fixed, which closes the release train first_affected opens. */
    private static final List<String> STATUSES_READ = List.of("first_affected", "known_affected", "last_affected",
            "first_fixed");

    public CsafReader() {
        super(MAX_DOCUMENT_BYTES, false);
    }

    @Override
    void readDocument(String where, InputStream content, Consumer<Advisory> sink, List<LocalizedText> problems)
            throws IOException {
        try {
            advisories(content.readNBytes(MAX_DOCUMENT_BYTES + 1), where, problems).forEach(sink);
        } catch (UnreadableAdvisoryException skipped) {
            problems.add(skipped.reason());
        }
    }

    /** The advisories of one document; what of it cannot be matched goes to {@code problems}. */
    public static List<Advisory> advisories(byte[] json, String where, List<LocalizedText> problems)
            throws UnreadableAdvisoryException {
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_LARGE, where, null);
        }
        return advisories(CsafDocument.of(AdvisoryJson.tree(json, where), where), where, problems);
    }

    static List<Advisory> advisories(CsafDocument document, String where, List<LocalizedText> problems) {
        List<Advisory> advisories = new ArrayList<>();
        int index = 0;
        for (JsonNode vulnerability : document.vulnerabilities()) {
            String at = where + " /vulnerabilities/" + index++;
            String vulnerabilityId = CsafDocument.vulnerabilityId(vulnerability).orElse(String.valueOf(index));
            Set<String> aliases = new LinkedHashSet<>();
            Optional.ofNullable(AdvisoryJson.text(vulnerability.path("cve"))).ifPresent(aliases::add);
            for (JsonNode id : vulnerability.path("ids").values()) {
                Optional.ofNullable(AdvisoryJson.text(id.path("text"))).ifPresent(aliases::add);
            }
            aliases.add(document.trackingId());
            Affected affected = new Affected(at, problems);
            for (String status : STATUSES_READ) {
                for (String productId : AdvisoryJson.texts(vulnerability.path("product_status").path(status))) {
                    document.products().product(productId).ifPresent(product -> affected.add(product, status));
                }
            }
            advisories.add(new Advisory(document.trackingId() + "/" + vulnerabilityId, List.copyOf(aliases),
                    document.currentRelease(), document.initialRelease(), Optional.empty(),
                    summary(vulnerability, document), severities(vulnerability), affected.packages(),
                    affected.applicability(), references(vulnerability, document)));
        }
        return advisories;
    }

    private static String summary(JsonNode vulnerability, CsafDocument document) {
        String title = AdvisoryJson.text(vulnerability.path("title"));
        if (title != null) {
            return title;
        }
        for (JsonNode note : vulnerability.path("notes").values()) {
            String category = AdvisoryJson.text(note.path("category"));
            String text = AdvisoryJson.text(note.path("text"));
            if (text != null && ("summary".equals(category) || "description".equals(category))) {
                return text;
            }
        }
        return document.title();
    }

    private static List<Advisory.Severity> severities(JsonNode vulnerability) {
        Set<Advisory.Severity> severities = new LinkedHashSet<>();
        for (JsonNode score : vulnerability.path("scores").values()) {
            Optional.ofNullable(AdvisoryJson.text(score.path("cvss_v3").path("vectorString")))
                    .ifPresent(vector -> severities.add(new Advisory.Severity("CVSS_V3", vector)));
            Optional.ofNullable(AdvisoryJson.text(score.path("cvss_v2").path("vectorString")))
                    .ifPresent(vector -> severities.add(new Advisory.Severity("CVSS_V2", vector)));
        }
        return List.copyOf(severities);
    }

    /** The vulnerability's references, the URLs of its remediations, then the document's references. */
    private static List<String> references(JsonNode vulnerability, CsafDocument document) {
        Set<String> references = new LinkedHashSet<>();
        for (JsonNode reference : vulnerability.path("references").values()) {
            Optional.ofNullable(AdvisoryJson.text(reference.path("url"))).ifPresent(references::add);
        }
        for (JsonNode remediation : vulnerability.path("remediations").values()) {
            Optional.ofNullable(AdvisoryJson.text(remediation.path("url"))).ifPresent(references::add);
        }
        references.addAll(document.references());
        return List.copyOf(references);
    }

    /** The affected products of one vulnerability, gathered by package and by CPE. */
    private static final class Affected {
        private final String where;
        private final List<LocalizedText> problems;
        private final Map<PackageKey, Gathered> packages = new LinkedHashMap<>();
        private final List<CpeApplicability.Criterion> criteria = new ArrayList<>();

        Affected(String where, List<LocalizedText> problems) {
            this.where = where;
            this.problems = problems;
        }

        /** What one package's products say, until all statuses are read. */
        private static final class Gathered {
            final String ecosystem;
            final List<AffectedRange> ranges = new ArrayList<>();
            final List<String> versions = new ArrayList<>();
            final List<RangeEvent> train = new ArrayList<>();
            final List<RangeEvent> firstFixed = new ArrayList<>();
            boolean introduced;

            Gathered(String ecosystem) {
                this.ecosystem = ecosystem;
            }
        }

        void add(CsafProducts.Product product, String status) {
            Optional<VersRange> range;
            try {
                range = product.versionRange().map(VersRange::parse);
            } catch (IllegalArgumentException unusable) {
                problem(product, "バージョン範囲を読めません: ", "", unusable.getMessage());
                return;
            }
            product.purl().ifPresent(purl -> addPackage(product, purl, range, status));
            if (!status.equals("first_fixed")) {
                product.cpe().ifPresent(cpe -> addCpe(product, cpe, range));
            }
        }

        /**
         * A versioned product listed as known_affected is that version; first_affected, last_affected and
         * first_fixed versions become the events of one range, as the standard defines them for a release train.
         */
        private void addPackage(CsafProducts.Product product, String text, Optional<VersRange> range,
                String status) {
            PackageURL purl;
            try {
                purl = new PackageURL(text);
            } catch (MalformedPackageURLException | RuntimeException malformed) {
                problem(product, "パッケージ URL を読めません: ", "", malformed.getMessage());
                return;
            }
            Gathered gathered = packages.computeIfAbsent(PackageKey.of(purl),
                    key -> new Gathered(Ecosystem.nameOf(purl)));
            Optional<String> version = Optional.ofNullable(purl.getVersion()).or(product::version);
            if (version.isPresent()) {
                switch (status) {
                    case "first_affected" -> {
                        gathered.train.add(new RangeEvent.Introduced(version.get()));
                        gathered.introduced = true;
                    }
                    case "last_affected" -> gathered.train.add(new RangeEvent.LastAffected(version.get()));
                    case "first_fixed" -> gathered.firstFixed.add(new RangeEvent.Fixed(version.get()));
                    default -> gathered.versions.add(version.get());
                }
            } else if (status.equals("first_fixed")) {
                return;
            } else if (range.isPresent()) {
                gathered.versions.addAll(range.get().versions());
                Optional<AffectedRange> osv = range.get().osvRange();
                osv.ifPresent(gathered.ranges::add);
                if (osv.isEmpty() && !range.get().intervals().isEmpty()) {
                    problem(product, "下限を含まない範囲(>)は照合できません: ",
                            "a range with an exclusive lower bound (>) cannot be matched: ",
                            product.versionRange().orElse(""));
                }
            } else {
                gathered.ranges.add(new AffectedRange(AffectedRange.Type.ECOSYSTEM, null,
                        List.of(new RangeEvent.Introduced("0"))));
            }
        }

        private void addCpe(CsafProducts.Product product, String text, Optional<VersRange> range) {
            Cpe cpe;
            try {
                cpe = Cpe.parse(text);
            } catch (InvalidCpeException invalid) {
                problem(product, "CPE を読めません: ", "", invalid.getMessage());
                return;
            }
            boolean anyVersion = cpe.version() instanceof CpeValue.Any;
            if (anyVersion && product.version().isPresent()) {
                Optional<CpeApplicability.Bound> exactly = Optional.of(
                        new CpeApplicability.Bound(product.version().get(), true));
                criteria.add(new CpeApplicability.Criterion(true, cpe, exactly, exactly));
            } else if (anyVersion && range.isPresent()) {
                for (VersRange.Interval interval : range.get().intervals()) {
                    criteria.add(new CpeApplicability.Criterion(true, cpe, interval.start(), interval.end()));
                }
                for (String version : range.get().versions()) {
                    Optional<CpeApplicability.Bound> exactly = Optional.of(new CpeApplicability.Bound(version, true));
                    criteria.add(new CpeApplicability.Criterion(true, cpe, exactly, exactly));
                }
            } else {
                criteria.add(new CpeApplicability.Criterion(true, cpe, Optional.empty(), Optional.empty()));
            }
        }

        private void problem(CsafProducts.Product product, String ja, String en, String detail) {
            String at = where + " " + product.id();
            problems.add(new LocalizedText(at + ": " + ja + detail, at + ": " + en + detail));
        }

        /** The packages some product of which is affected; first_fixed alone affects nothing. */
        List<AffectedPackage> packages() {
            List<AffectedPackage> affected = new ArrayList<>();
            for (Map.Entry<PackageKey, Gathered> entry : packages.entrySet()) {
                Gathered gathered = entry.getValue();
                List<AffectedRange> ranges = new ArrayList<>(gathered.ranges);
                if (!gathered.train.isEmpty()) {
                    List<RangeEvent> events = new ArrayList<>();
                    if (!gathered.introduced) {
                        events.add(new RangeEvent.Introduced("0"));
                    }
                    events.addAll(gathered.train);
                    events.addAll(gathered.firstFixed);
                    ranges.add(new AffectedRange(AffectedRange.Type.ECOSYSTEM, null, events));
                }
                if (!ranges.isEmpty() || !gathered.versions.isEmpty()) {
                    affected.add(new AffectedPackage(gathered.ecosystem, entry.getKey(), ranges, gathered.versions));
                }
            }
            return affected;
        }

        List<CpeApplicability> applicability() {
            return criteria.isEmpty() ? List.of() : List.of(new CpeApplicability(CpeApplicability.Operator.OR,
                    List.of(new CpeApplicability.Node(CpeApplicability.Operator.OR, false, criteria))));
        }
    }
}
