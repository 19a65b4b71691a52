package io.shinrai.server.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.VulnerableProducts;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.securityadvisory.AdvisoryDraft;
import io.shinrai.server.securityadvisory.SecurityAdvisories;
import io.shinrai.server.securityadvisory.SecurityAdvisory;
import io.shinrai.server.securityadvisory.VersionStatement;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shinrai's advisory import reads a CSAF provider the way any CSAF tool does, from its provider-metadata.json over
 * HTTP: here the index a manufacturer publishes on this very server, so that the advisory comes back as one that
 * products' SBOMs are matched against.
 */
@ShinraiTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class CsafProviderImportTest {

    private static final int PORT = freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;

    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    SecurityAdvisories securityAdvisories;
    @Autowired
    Advisories advisories;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void theServersOwnAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("shinrai.base-url", () -> BASE);
    }

    @Test
    void theAdvisoriesAProviderListsAreImportedAndOnlyNewerRevisionsAgain() throws Exception {
        Organisation maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        ProductVersion viewer = vulnerable.viewer(maker, Lifecycle.UNKNOWN);
        SecurityAdvisory advisory = securityAdvisories.create(maker.id(), null);
        securityAdvisories.update(maker.id(), advisory.id(), new AdvisoryDraft(
                CsafAdvisory.Category.SECURITY_ADVISORY, "Deserialisation in the study import",
                "A crafted study description runs code.", "CVE-2026-40002", "", "",
                "pkg:maven/com.fasterxml.jackson.core/jackson-databind", CsafAdvisory.Tlp.WHITE, VexResponse.UPDATE,
                "Update to 3.1.", "", List.of(new VersionStatement(viewer.id(), VexState.EXPLOITABLE, null))));
        securityAdvisories.publish(maker.id(), advisory.id(), "Initial release");
        AdvisoryDownloads downloads = new AdvisoryDownloads("csaf=" + BASE + "/csaf/" + maker.id()
                + "/provider-metadata.json", advisories);

        AdvisoryImport first = downloads.downloadAll().get(0);
        AdvisoryImport again = downloads.downloadAll().get(0);

        assertThat(first.added()).isEqualTo(1);
        assertThat(first.problems()).as("what could not be matched").isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("select summary from advisory where id = :id")
                .param("id", advisory.trackingId() + "/CVE-2026-40002").query(String.class).single())
                .isEqualTo("Deserialisation in the study import");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
