package io.shinrai.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reads OSV advisories (schema 1.x): one JSON file, every {@code .json} file of a folder, or a zip archive such as
 * the per-ecosystem downloads of the OSV database. Ranges of type SEMVER, ECOSYSTEM and GIT are kept with their
 * events; {@code database_specific} and {@code ecosystem_specific} are ignored. An advisory that cannot be read is
 * reported with where it is and the rest go on; an archive that is damaged or a zip bomb is refused whole.
 */
public final class OsvReader extends AdvisoryDocumentReader {

    /** Larger than any advisory of the OSV database, whose largest list some thousand versions. */
    public static final int MAX_ADVISORY_BYTES = 8 << 20;

    public OsvReader() {
        super(MAX_ADVISORY_BYTES, false);
    }

    @Override
    void readDocument(String where, InputStream content, Consumer<Advisory> sink, List<LocalizedText> problems)
            throws IOException {
        try {
            sink.accept(advisory(content.readNBytes(MAX_ADVISORY_BYTES + 1), where));
        } catch (UnreadableAdvisoryException skipped) {
            problems.add(skipped.reason());
        }
    }

    /** One advisory from its JSON. */
    public static Advisory advisory(byte[] json, String where) throws UnreadableAdvisoryException {
        if (json.length > MAX_ADVISORY_BYTES) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_LARGE, where, null);
        }
        JsonNode root = AdvisoryJson.tree(json, where);
        String id = AdvisoryJson.text(root.path("id"));
        Optional<java.time.Instant> modified = AdvisoryJson.instant(root.path("modified"), where);
        if (id == null || id.isBlank() || modified.isEmpty()) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_AN_ADVISORY, where, null);
        }
        String summary = AdvisoryJson.text(root.path("summary"));
        if (summary == null) {
            summary = Optional.ofNullable(AdvisoryJson.text(root.path("details"))).orElse("");
        }
        List<Advisory.Severity> severities = new ArrayList<>();
        for (JsonNode severity : root.path("severity").values()) {
            String type = AdvisoryJson.text(severity.path("type"));
            String score = AdvisoryJson.text(severity.path("score"));
            if (type != null && score != null) {
                severities.add(new Advisory.Severity(type, score));
            }
        }
        List<AffectedPackage> affected = new ArrayList<>();
        for (JsonNode entry : root.path("affected").values()) {
            affected(entry).ifPresent(affected::add);
        }
        List<String> references = new ArrayList<>();
        for (JsonNode reference : root.path("references").values()) {
            Optional.ofNullable(AdvisoryJson.text(reference.path("url"))).ifPresent(references::add);
        }
        return new Advisory(id, AdvisoryJson.texts(root.path("aliases")), modified.get(),
                AdvisoryJson.instant(root.path("published"), where),
                AdvisoryJson.instant(root.path("withdrawn"), where), summary, severities, affected, List.of(),
                references);
    }

    /** An affected entry without a package (allowed for GIT-only advisories) is nothing a component can match. */
    private static Optional<AffectedPackage> affected(JsonNode entry) {
        JsonNode pkg = entry.path("package");
        String ecosystem = AdvisoryJson.text(pkg.path("ecosystem"));
        String name = AdvisoryJson.text(pkg.path("name"));
        if (ecosystem == null || name == null || name.isBlank()) {
            return Optional.empty();
        }
        PackageKey key = PackageKey.ofEcosystem(ecosystem, name);
        String purl = AdvisoryJson.text(pkg.path("purl"));
        if (purl != null) {
            try {
                key = PackageKey.of(new PackageURL(purl));
            } catch (MalformedPackageURLException | RuntimeException malformed) {
                // the ecosystem and name say the same, and they are required
            }
        }
        List<AffectedRange> ranges = new ArrayList<>();
        for (JsonNode range : entry.path("ranges").values()) {
            range(range).ifPresent(ranges::add);
        }
        return Optional.of(new AffectedPackage(ecosystem, key, ranges, AdvisoryJson.texts(entry.path("versions"))));
    }

    private static Optional<AffectedRange> range(JsonNode range) {
        AffectedRange.Type type;
        try {
            type = AffectedRange.Type.valueOf(String.valueOf(AdvisoryJson.text(range.path("type"))));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        List<RangeEvent> events = new ArrayList<>();
        for (JsonNode event : range.path("events").values()) {
            event(event).ifPresent(events::add);
        }
        return Optional.of(new AffectedRange(type, AdvisoryJson.text(range.path("repo")), events));
    }

    private static Optional<RangeEvent> event(JsonNode event) {
        String version;
        if ((version = AdvisoryJson.text(event.path("introduced"))) != null) {
            return Optional.of(new RangeEvent.Introduced(version));
        }
        if ((version = AdvisoryJson.text(event.path("fixed"))) != null) {
            return Optional.of(new RangeEvent.Fixed(version));
        }
        if ((version = AdvisoryJson.text(event.path("last_affected"))) != null) {
            return Optional.of(new RangeEvent.LastAffected(version));
        }
        if ((version = AdvisoryJson.text(event.path("limit"))) != null) {
            return Optional.of(new RangeEvent.Limit(version));
        }
        return Optional.empty();
    }
}
