package io.shinrai.server;

import io.shinrai.server.advisory.Advisories;
import io.shinrai.server.advisory.AdvisoryFormat;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * A manufacturer's DICOM viewer 3.0 whose SBOM holds jackson-databind 2.9.8, and the advisory about that component,
 * imported under an id of its own each time so that tests never see each other's findings.
 */
@TestComponent
public class VulnerableProducts {

    public static final String PRODUCT = "DICOM viewer";
    public static final String VERSION = "3.0";

    private final Products products;
    private final Sboms sboms;
    private final Advisories advisories;

    VulnerableProducts(Products products, Sboms sboms, Advisories advisories) {
        this.products = products;
        this.sboms = sboms;
        this.advisories = advisories;
    }

    /** The viewer 3.0 with its SBOM, matched against whatever advisories are held. */
    public ProductVersion viewer(Organisation maker, Lifecycle lifecycle) throws Exception {
        ProductVersion version = products.addVersion(maker.id(), products.add(maker.id(), PRODUCT).id(), VERSION,
                lifecycle);
        try (InputStream sbom = getClass().getResourceAsStream("/sbom/viewer-3.0.cdx.json")) {
            sboms.importFile(maker.id(), version.id(), "viewer-3.0.cdx.json", sbom);
        }
        return version;
    }

    /** Imports the advisory about jackson-databind 2.9.8 under a new id, which it returns. */
    public String jacksonAdvisory() throws Exception {
        String id = "T" + UUID.randomUUID().toString().substring(0, 8) + "-0001";
        Path advisory = Files.createTempFile("advisory-", ".json");
        try {
            Files.writeString(advisory, Files.readString(Path.of(getClass().getResource(
                    "/advisories/jackson-databind.osv.json").toURI())).replace("TEST-2026-0001", id));
            advisories.importFrom(AdvisoryFormat.OSV, "test OSV", "advisory.json", advisory, Locale.JAPANESE);
        } finally {
            Files.delete(advisory);
        }
        return id;
    }
}
