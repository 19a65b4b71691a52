package io.shinrai.server.securityadvisory;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.product.Products;
import io.shinrai.server.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publisher's TLP:WHITE advisories as a CSAF 2.0 provider serves them, for anyone and any CSAF tool: a
 * {@code provider-metadata.json} naming one directory, and in it {@code index.txt}, {@code changes.csv} and each
 * document under the year of its initial release, with its SHA-256 beside it (CSAF 2.0 section 7.1, requirements
 * 7, 11 to 14 and 18). Advisories of other TLP labels are never listed here.
 */
@RestController
class CsafDirectoryController {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SecurityAdvisories advisories;
    private final Products products;
    private final ShinraiProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    CsafDirectoryController(SecurityAdvisories advisories, Products products, ShinraiProperties properties,
                            JsonMapper json, Clock clock) {
        this.json = json;
        this.advisories = advisories;
        this.products = products;
        this.properties = properties;
        this.clock = clock;
    }

    /** JSON whatever the caller accepts: CSAF tools and browsers alike ask for the file by its name. */
    @GetMapping("/csaf/{publisherId}/provider-metadata.json")
    ResponseEntity<byte[]> metadata(@PathVariable UUID publisherId) {
        List<SecurityAdvisories.Published> published = advisories.publicOf(publisherId);
        String base = properties.baseUrl() + "/csaf/" + publisherId;
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("canonical_url", base + "/provider-metadata.json");
        metadata.put("distributions", List.of(Map.of("directory_url", base + "/white/")));
        metadata.put("last_updated", (published.isEmpty() ? clock.instant() : published.get(0).latest().publishedAt())
                .truncatedTo(ChronoUnit.SECONDS).toString());
        metadata.put("list_on_CSAF_aggregators", false);
        metadata.put("metadata_version", "2.0");
        metadata.put("mirror_on_CSAF_aggregators", false);
        metadata.put("publisher", Map.of("category", "vendor", "name", products.maker(publisherId).name(),
                "namespace", advisories.namespace(publisherId)));
        metadata.put("role", "csaf_publisher");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(metadata));
    }

    /** Every document's place in the directory, one per line. */
    @GetMapping("/csaf/{publisherId}/white/index.txt")
    ResponseEntity<String> index(@PathVariable UUID publisherId) {
        StringBuilder index = new StringBuilder();
        advisories.publicOf(publisherId).forEach(published -> index.append(published.path()).append('\n'));
        return ResponseEntity.ok().contentType(TEXT).body(index.toString());
    }

    /** Every document's place and the time of its latest revision, the newest first. */
    @GetMapping("/csaf/{publisherId}/white/changes.csv")
    ResponseEntity<String> changes(@PathVariable UUID publisherId) {
        StringBuilder changes = new StringBuilder();
        advisories.publicOf(publisherId).forEach(published -> changes.append('"').append(published.path())
                .append("\",\"").append(published.latest().publishedAt().truncatedTo(ChronoUnit.SECONDS))
                .append("\"\n"));
        return ResponseEntity.ok().contentType(CSV).body(changes.toString());
    }

    @GetMapping("/csaf/{publisherId}/white/{year}/{file}")
    ResponseEntity<byte[]> document(@PathVariable UUID publisherId, @PathVariable String year,
                                    @PathVariable String file) {
        boolean checksum = file.endsWith(".json.sha256");
        String name = checksum ? file.substring(0, file.length() - ".sha256".length()) : file;
        byte[] json = advisories.document(advisories.publicAt(publisherId, year + "/" + name)
                .orElseThrow(NotFoundException::new));
        if (checksum) {
            return ResponseEntity.ok().contentType(TEXT)
                    .body((Sha256.hex(json) + "  " + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
