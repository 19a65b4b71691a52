package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The assets, threats and vulnerabilities an assessment's rows choose from ({@code shinrai-risk-catalogue/1}).
 * An organisation edits its own copy; the built-in one describes a typical remote maintenance service. An assessment
 * keeps the copy it was created with, so that editing the catalogue renames nothing in an accepted result.
 */
public record RiskCatalogue(String id, String version, LocalizedText title, List<RiskTerm> assets,
        List<RiskTerm> threats, List<RiskTerm> vulnerabilities) {

    public static final String FORMAT = "shinrai-risk-catalogue/1";
    public static final int MAX_BYTES = 1024 * 1024;

    /** As method ids: rows, workbooks and files name terms by these, so they stay plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public RiskCatalogue {
        assets = List.copyOf(assets);
        threats = List.copyOf(threats);
        vulnerabilities = List.copyOf(vulnerabilities);
        List<LocalizedText> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new LocalizedText("カタログの ID「" + id + "」は英小文字・数字・「.」「-」で 64 文字までにしてください。",
                    "catalogue id \"" + id + "\" must be lower-case letters, digits, '.' and '-' (at most 64)"));
        }
        if (version == null || version.isBlank()) {
            problems.add(new LocalizedText("カタログの版が必要です。", "the catalogue needs a version"));
        }
        Stream.of(assets, threats, vulnerabilities).flatMap(List::stream).map(RiskCatalogue::badId)
                .flatMap(Optional::stream).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRiskDataException(problems);
        }
    }

    private static Optional<LocalizedText> badId(RiskTerm term) {
        return ID.matcher(term.id()).matches() ? Optional.empty()
                : Optional.of(new LocalizedText("「" + term.id() + "」: ID は英小文字・数字・「.」「-」で 64 文字までにしてください。",
                        "\"" + term.id() + "\": an id must be lower-case letters, digits, '.' and '-' (at most 64)"));
    }

    /** The built-in catalogue, read once; assessments that name no catalogue of their own use it. */
    public static RiskCatalogue remoteMaintenance() {
        return BuiltIn.REMOTE_MAINTENANCE;
    }

    /** @throws InvalidRiskDataException with every problem of the file */
    public static RiskCatalogue read(byte[] yaml) {
        YamlFields fields = new YamlFields();
        JsonNode root = fields.parse(yaml, MAX_BYTES, FORMAT);
        RiskCatalogue catalogue = root == null ? null : catalogue(root, fields);
        if (!fields.problems.isEmpty()) {
            throw new InvalidRiskDataException(fields.problems);
        }
        return catalogue;
    }

    /** The catalogue a node holds, its problems to {@code fields}; null when it has any. */
    static RiskCatalogue catalogue(JsonNode root, YamlFields fields) {
        fields.allowOnly(root, "", "format", "id", "version", "title", "assets", "threats", "vulnerabilities");
        String id = fields.text(root, "id", "");
        String version = fields.text(root, "version", "");
        LocalizedText title = fields.localized(root, "title", "");
        List<RiskTerm> assets = fields.terms(root, "assets", "");
        List<RiskTerm> threats = fields.terms(root, "threats", "");
        List<RiskTerm> vulnerabilities = fields.terms(root, "vulnerabilities", "");
        if (!fields.problems.isEmpty()) {
            return null;
        }
        return fields.build("", () -> new RiskCatalogue(id, version, title, assets, threats, vulnerabilities));
    }

    public Optional<RiskTerm> asset(String id) {
        return find(assets, id);
    }

    public Optional<RiskTerm> threat(String id) {
        return find(threats, id);
    }

    public Optional<RiskTerm> vulnerability(String id) {
        return find(vulnerabilities, id);
    }

    private static Optional<RiskTerm> find(List<RiskTerm> terms, String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }

    private static final class BuiltIn {

        static final RiskCatalogue REMOTE_MAINTENANCE = load();

        private static RiskCatalogue load() {
            try (InputStream in = RiskCatalogue.class.getResourceAsStream("/risk/remote-maintenance-catalogue.yaml")) {
                return read(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
