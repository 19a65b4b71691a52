package io.shinrai.server.versiondiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.advisory.Advisories;
import io.shinrai.server.advisory.AdvisoryFormat;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A manufacturer compares two versions: which components came, went and moved, and which advisories with them. */
@ShinraiTest
@AutoConfigureMockMvc
class VersionDiffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    Sboms sboms;
    @Autowired
    Advisories advisories;

    @TempDir
    Path folder;

    @Test
    void theNewVersionDropsLog4jAddsSlf4jUpdatesJacksonAndLosesItsAdvisory() throws Exception {
        Organisation maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        Product viewer = products.add(maker.id(), "DICOM viewer");
        ProductVersion old = products.addVersion(maker.id(), viewer.id(), "3.0", Lifecycle.UNKNOWN);
        ProductVersion current = products.addVersion(maker.id(), viewer.id(), "3.1", Lifecycle.UNKNOWN);
        String advisoryId = "T" + UUID.randomUUID().toString().substring(0, 8) + "-0001";
        Path advisory = folder.resolve("advisory.json");
        Files.writeString(advisory, Files.readString(Path.of(getClass().getResource(
                "/advisories/jackson-databind.osv.json").toURI())).replace("TEST-2026-0001", advisoryId));
        advisories.importFrom(AdvisoryFormat.OSV, "test OSV", "advisory.json", advisory, Locale.JAPANESE);
        importSbom(maker, old, "viewer-3.0.cdx.json");
        importSbom(maker, current, "viewer-3.1.cdx.json");
        WebSession viewerOfIt = new WebSession(mvc);
        viewerOfIt.signIn(fixtures.member(maker, OrgRole.VIEWER).email(), Fixtures.PASSWORD);

        String page = viewerOfIt.get("/orgs/" + maker.id() + "/products/" + viewer.id() + "/diff?from=" + old.id()
                + "&to=" + current.id()).getContentAsString();

        assertThat(page).contains("追加されたコンポーネント(1 件)").contains("org.slf4j/slf4j-api@1.7.36")
                .contains("なくなったコンポーネント(1 件)").contains("org.apache.logging.log4j/log4j-core@2.14.1")
                .contains("バージョンが変わったコンポーネント(1 件)").contains("2.9.8 → 2.9.10")
                .contains("該当しなくなった脆弱性(1 件)").contains(advisoryId)
                .contains("新たに該当する脆弱性(0 件)");
    }

    private void importSbom(Organisation maker, ProductVersion version, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/sbom/" + name)) {
            sboms.importFile(maker.id(), version.id(), name, in);
        }
    }
}
