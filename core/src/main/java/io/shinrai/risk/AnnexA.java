package io.shinrai.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The 93 controls of ISO/IEC 27001:2022 Annex A, by number (5.1 to 8.34), with short titles in ja and en. */
public final class AnnexA {

    private static final AnnexA CONTROLS = load();

    private final Map<String, RiskTerm> byId;

    private AnnexA(Map<String, RiskTerm> byId) {
        this.byId = byId;
    }

    public static AnnexA controls() {
        return CONTROLS;
    }

    private static AnnexA load() {
        byte[] yaml;
        try (InputStream in = AnnexA.class.getResourceAsStream("/risk/iso27001-2022-annex-a.yaml")) {
            yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        YamlFields fields = new YamlFields();
        JsonNode root = fields.parse(yaml, RiskCatalogue.MAX_BYTES, "shinrai-control-set/1");
        List<RiskTerm> controls = root == null ? List.of() : fields.terms(root, "controls", "");
        if (!fields.problems.isEmpty()) {
            throw new InvalidRiskDataException(fields.problems);
        }
        Map<String, RiskTerm> byId = new LinkedHashMap<>();
        controls.forEach(control -> byId.put(control.id(), control));
        return new AnnexA(byId);
    }

    /** In the standard's order. */
    public List<RiskTerm> all() {
        return List.copyOf(byId.values());
    }

    public Optional<RiskTerm> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
