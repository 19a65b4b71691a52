package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The assets, threats and vulnerabilities an assessment's rows choose from ({@code shinrai-risk-catalogue/1}).
 * An organisation edits its own copy; the built-in one describes a typical remote maintenance service.
 */
public record RiskCatalogue(String id, String version, LocalizedText title, List<RiskTerm> assets,
        List<RiskTerm> threats, List<RiskTerm> vulnerabilities) {

    public static final String FORMAT = "shinrai-risk-catalogue/1";
    public static final int MAX_BYTES = 1024 * 1024;

    public RiskCatalogue {
        assets = List.copyOf(assets);
        threats = List.copyOf(threats);
        vulnerabilities = List.copyOf(vulnerabilities);
    }

    public static RiskCatalogue remoteMaintenance() {
        try (InputStream in = RiskCatalogue.class.getResourceAsStream("/risk/remote-maintenance-catalogue.yaml")) {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidRiskDataException with every problem of the file */
    public static RiskCatalogue read(byte[] yaml) {
        YamlFields fields = new YamlFields();
        JsonNode root = fields.parse(yaml, MAX_BYTES, FORMAT);
        RiskCatalogue catalogue = null;
        if (root != null) {
            fields.allowOnly(root, "", "format", "id", "version", "title", "assets", "threats", "vulnerabilities");
            catalogue = new RiskCatalogue(fields.text(root, "id", ""), fields.text(root, "version", ""),
                    fields.localized(root, "title", ""), fields.terms(root, "assets", ""),
                    fields.terms(root, "threats", ""), fields.terms(root, "vulnerabilities", ""));
        }
        if (!fields.problems.isEmpty()) {
            throw new InvalidRiskDataException(fields.problems);
        }
        return catalogue;
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
}
