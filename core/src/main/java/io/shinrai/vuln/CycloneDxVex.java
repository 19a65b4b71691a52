package io.shinrai.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CycloneDX VEX in JSON (spec 1.4 to 1.6): the {@code analysis} of each entry of {@code vulnerabilities}, one
 * statement per entry of its {@code affects}. A reference ({@code affects[].ref}, a bom-ref or a BOM-Link) becomes
 * the package URL of the component the document defines under it, the product when it names
 * {@code metadata.component}, a package URL when it is one, and otherwise stays a reference into the SBOM the VEX is
 * about. A VEX document is read whole, up to {@link #MAX_BYTES}.
 */
public final class CycloneDxVex {

    public static final int MAX_BYTES = 32 << 20;
    private static final String PRODUCT_REF = "product";

    private CycloneDxVex() {
    }

    /** The statements of the document; entries that cannot be read go to {@code problems} and the rest go on. */
    public static List<VexStatement> read(InputStream in, String where, List<LocalizedText> problems)
            throws IOException, UnreadableAdvisoryException {
        byte[] json = in.readNBytes(MAX_BYTES + 1);
        if (json.length > MAX_BYTES) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_LARGE, where, null);
        }
        JsonNode bom = AdvisoryJson.tree(json, where);
        if (!"CycloneDX".equals(AdvisoryJson.text(bom.path("bomFormat")))) {
            throw CsafDocument.missing(where, "/bomFormat");
        }
        JsonNode product = bom.path("metadata").path("component");
        String productRef = AdvisoryJson.text(product.path("bom-ref"));
        Map<String, String> purls = new HashMap<>();
        collectPurls(bom.path("components"), purls);
        List<VexStatement> statements = new ArrayList<>();
        int index = 0;
        for (JsonNode vulnerability : bom.path("vulnerabilities").values()) {
            String at = where + " /vulnerabilities/" + index++;
            JsonNode analysis = vulnerability.path("analysis");
            if (analysis.isMissingNode()) {
                continue;
            }
            String id = AdvisoryJson.text(vulnerability.path("id"));
            Optional<VexState> state = Optional.ofNullable(AdvisoryJson.text(analysis.path("state")))
                    .flatMap(VexState::ofCycloneDx);
            if (id == null || id.isBlank() || state.isEmpty()) {
                problems.add(AdvisoryRefusal.MISSING_FIELD.at(at + (id == null ? "/id" : "/analysis/state")));
                continue;
            }
            Optional<VexJustification> justification = Optional.ofNullable(
                    AdvisoryJson.text(analysis.path("justification"))).flatMap(VexJustification::ofCycloneDx);
            List<VexResponse> responses = new ArrayList<>();
            for (String response : AdvisoryJson.texts(analysis.path("response"))) {
                VexResponse.ofCycloneDx(response).ifPresent(responses::add);
            }
            String detail = Optional.ofNullable(AdvisoryJson.text(analysis.path("detail"))).orElse("");
            for (JsonNode affects : vulnerability.path("affects").values()) {
                String ref = AdvisoryJson.text(affects.path("ref"));
                if (ref != null) {
                    VexSubject subject = subject(localRef(ref), productRef, product, purls);
                    statements.add(new VexStatement(id, subject, state.get(), justification, responses, detail));
                }
            }
        }
        return statements;
    }

    private static void collectPurls(JsonNode components, Map<String, String> purls) {
        for (JsonNode component : components.values()) {
            String ref = AdvisoryJson.text(component.path("bom-ref"));
            String purl = AdvisoryJson.text(component.path("purl"));
            if (ref != null && purl != null) {
                purls.put(ref, purl);
            }
            collectPurls(component.path("components"), purls);
        }
    }

    /** The bom-ref a BOM-Link ({@code urn:cdx:serial/version#ref}) points to, or the reference itself. */
    private static String localRef(String ref) {
        int hash = ref.indexOf('#');
        return ref.startsWith("urn:cdx:") && hash > 0
                ? URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8) : ref;
    }

    private static VexSubject subject(String ref, String productRef, JsonNode product, Map<String, String> purls) {
        if (ref.equals(productRef)) {
            return new VexSubject.Product(Optional.ofNullable(AdvisoryJson.text(product.path("name"))).orElse(ref),
                    AdvisoryJson.text(product.path("version")));
        }
        String purl = purls.getOrDefault(ref, ref);
        if (purl.startsWith("pkg:")) {
            try {
                return new VexSubject.Package(new PackageURL(purl));
            } catch (MalformedPackageURLException | RuntimeException malformed) {
                // not a package URL after all: a reference like any other
            }
        }
        return new VexSubject.Reference(ref);
    }

    /**
     * Writes the statements as a CycloneDX 1.6 VEX document: each package a component whose bom-ref is its package
     * URL, the first product {@code metadata.component}, references as they are.
     */
    public static void write(List<VexStatement> statements, Instant timestamp, OutputStream out) {
        ObjectNode bom = AdvisoryJson.MAPPER.createObjectNode().put("bomFormat", "CycloneDX")
                .put("specVersion", "1.6").put("serialNumber", "urn:uuid:" + UUID.randomUUID()).put("version", 1);
        ObjectNode metadata = bom.putObject("metadata")
                .put("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        Map<VexSubject, String> refs = new LinkedHashMap<>();
        ArrayNode components = AdvisoryJson.MAPPER.createArrayNode();
        for (VexStatement statement : statements) {
            VexSubject subject = statement.subject();
            if (refs.containsKey(subject)) {
                continue;
            }
            if (subject instanceof VexSubject.Package pkg) {
                String ref = pkg.purl().canonicalize();
                refs.put(subject, ref);
                ObjectNode component = components.addObject().put("type", "library").put("bom-ref", ref)
                        .put("name", pkg.purl().getName()).put("purl", ref);
                Optional.ofNullable(pkg.purl().getNamespace()).ifPresent(group -> component.put("group", group));
                Optional.ofNullable(pkg.purl().getVersion()).ifPresent(v -> component.put("version", v));
            } else if (subject instanceof VexSubject.Product product) {
                boolean first = !metadata.has("component");
                String ref = first ? PRODUCT_REF : PRODUCT_REF + "-" + refs.size();
                refs.put(subject, ref);
                ObjectNode component = first ? metadata.putObject("component") : components.addObject();
                component.put("type", "application").put("bom-ref", ref).put("name", product.name());
                Optional.ofNullable(product.version()).ifPresent(v -> component.put("version", v));
            } else {
                refs.put(subject, ((VexSubject.Reference) subject).ref());
            }
        }
        if (!components.isEmpty()) {
            bom.set("components", components);
        }
        ArrayNode vulnerabilities = bom.putArray("vulnerabilities");
        for (VexStatement statement : statements) {
            ObjectNode vulnerability = vulnerabilities.addObject().put("id", statement.vulnerability());
            ObjectNode analysis = vulnerability.putObject("analysis").put("state", statement.state().cycloneDx());
            statement.justification().ifPresent(j -> analysis.put("justification", j.cycloneDx()));
            if (!statement.responses().isEmpty()) {
                ArrayNode responses = analysis.putArray("response");
                statement.responses().forEach(response -> responses.add(response.cycloneDx()));
            }
            if (!statement.detail().isEmpty()) {
                analysis.put("detail", statement.detail());
            }
            vulnerability.putArray("affects").addObject().put("ref", refs.get(statement.subject()));
        }
        AdvisoryJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, bom);
    }
}
