package io.shinrai.server.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.VulnerableProducts;
import io.shinrai.server.WebSession;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hospital's own system gets a signed notice when a version the hospital installed gains findings, and when its
 * manufacturer publishes an advisory about it.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ExposureWebhookTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    Inventory inventory;
    @Autowired
    Webhooks webhooks;
    @Autowired
    SecurityAdvisories advisories;

    record Received(String signature, byte[] body) {
    }

    @Test
    void theNoticeIsPostedSignedWithTheHospitalsKey() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/shinrai", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Shinrai-Signature"),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Organisation maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
            ProductVersion viewer = vulnerable.viewer(maker, Lifecycle.UNKNOWN);
            Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
            inventory.add(hospital.id(), new LedgerEntry("読影端末", SystemCategory.PACS, maker.name(),
                    "DICOM viewer", "3.0", null, null, null, false, null, null, null));
            WebSession admin = new WebSession(mvc);
            admin.signIn(fixtures.member(hospital, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);
            String page = "/orgs/" + hospital.id() + "/exposure";

            String refused = admin.submit(page + "/webhook", "url", "ftp://127.0.0.1/shinrai").getContentAsString();
            String saved = admin.submit(page + "/webhook", "url", "http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/shinrai").getContentAsString();
            vulnerable.jacksonAdvisory();

            assertThat(refused).contains("http:// または https:// で始まる正しい URL");
            String secret = webhooks.of(hospital.id()).orElseThrow().secret();
            assertThat(saved).contains(secret);
            assertThat(received).singleElement().satisfies(notice -> {
                assertThat(notice.signature()).isEqualTo("sha256=" + WebhookNotices.signature(secret, notice.body()));
                assertThat(new String(notice.body(), StandardCharsets.UTF_8)).contains("\"event\":\"findings.gained\"")
                        .contains("\"version\":\"3.0\"").contains("読影端末").contains(page);
            });

            SecurityAdvisory advisory = advisories.create(maker.id(), null);
            advisories.update(maker.id(), advisory.id(), new AdvisoryDraft(CsafAdvisory.Category.SECURITY_ADVISORY,
                    "Deserialisation in the study import", "A crafted study description runs code.", "", "", "", "",
                    CsafAdvisory.Tlp.AMBER, VexResponse.UPDATE, "Update to 3.1.", "",
                    List.of(new VersionStatement(viewer.id(), VexState.EXPLOITABLE, null))));
            advisories.publish(maker.id(), advisory.id(), "Initial release");

            assertThat(received).hasSize(2);
            Received published = received.get(1);
            assertThat(published.signature()).isEqualTo("sha256=" + WebhookNotices.signature(secret,
                    published.body()));
            assertThat(new String(published.body(), StandardCharsets.UTF_8))
                    .contains("\"event\":\"advisory.published\"", "\"advisory\":\"" + advisory.trackingId() + "\"",
                            "Deserialisation in the study import", "読影端末");
        } finally {
            receiver.stop(0);
        }
    }
}
