package io.shinrai.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What ./shinrai demo shows: the demo people can sign in, the hospital has a disclosure to read and an advisory
 * about a version it runs.
 */
@SpringBootTest(properties = {"shinrai.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoDataTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoHospitalHasReceivedTheManufacturersChecklistAndCanDownloadItSigned() throws Exception {
        WebSession hospital = new WebSession(mvc);
        assertThat(hospital.signIn("isd@toto-univ-hospital.example", DemoData.PASSWORD)).isEqualTo("/");

        String home = hospital.get("/").getContentAsString();
        String organisation = home.replaceAll("(?s).*href=\"(/orgs/[0-9a-f-]+)\".*", "$1");
        String received = hospital.get(organisation + "/received").getContentAsString();
        assertThat(received).contains("さくらメディカルシステムズ株式会社").contains("MHLW-VENDOR-CHECKLIST-");
        String disclosure = received.replaceAll("(?s).*href=\"(" + organisation + "/received/[0-9a-f-]+)\".*", "$1");
        assertThat(hospital.get(disclosure).getContentAsString()).contains("署名付き（ZIP）");
        String ledger = hospital.get(organisation + "/inventory").getContentAsString();
        assertThat(ledger.indexOf("電子カルテ")).isLessThan(ledger.indexOf("PACS（放射線部）"));
        assertThat(ledger).contains("基幹インフラ対象").contains("受領済み").contains("開示書なし");
    }

    @Test
    void theDemoHospitalRunsTheImageServerTheManufacturersAdvisoryIsAbout() throws Exception {
        WebSession hospital = new WebSession(mvc);
        hospital.signIn("isd@toto-univ-hospital.example", DemoData.PASSWORD);
        String organisation = hospital.get("/").getContentAsString()
                .replaceAll("(?s).*href=\"(/orgs/[0-9a-f-]+)\".*", "$1");

        String exposure = hospital.get(organisation + "/exposure").getContentAsString();

        assertThat(exposure).contains("PACS（放射線部）", "さくら画像サーバ SX 4.1 における検査依頼の取り込みの脆弱性",
                "TLP:WHITE");
        assertThat(hospital.get(organisation + "/activity").getContentAsString())
                .contains("exposure.advisoryPublished");
    }

    @Test
    void thePlatformAdminMustSetUpAnAuthenticator() throws Exception {
        assertThat(new WebSession(mvc).signIn(DemoData.PLATFORM_ADMIN, DemoData.PASSWORD))
                .isEqualTo("/login/two-factor/setup");
    }
}
