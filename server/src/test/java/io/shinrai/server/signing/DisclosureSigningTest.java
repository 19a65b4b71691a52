package io.shinrai.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SignatureVerdict;
import io.shinrai.crypto.SignedContainer;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A vendor's admin gives the organisation a signing key; published disclosures then download signed, and whoever
 * receives one sees on the verification page who signed it and whether it changed.
 */
@ShinraiTest
@AutoConfigureMockMvc
class DisclosureSigningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MovableClock clock;

    Organisation vendor;
    WebSession admin;
    WebSession hospitalViewer;
    Organisation hospital;
    StoredDisclosure published;

    @BeforeEach
    void aVendorWithAPublishedDisclosure() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        admin = signedIn(vendor, OrgRole.ORG_ADMIN);
        hospitalViewer = signedIn(hospital, OrgRole.VIEWER);
        published = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");
    }

    @Test
    void withoutAKeyThereIsNoSignedDownload() throws Exception {
        assertThat(admin.get(disclosurePath()).getContentAsString()).doesNotContain("署名付き（ZIP）");
        assertThat(admin.get(disclosurePath() + "/export?format=JSON&signed=true").getStatus()).isEqualTo(409);
        assertThat(admin.get("/orgs/" + vendor.id() + "/signing-key").getContentAsString())
                .contains("署名鍵はまだありません");
    }

    @Test
    void aSignedDownloadVerifiesOnThePageAndNamesTheVendorsKey() throws Exception {
        String keyPage = createSelfSignedKey();
        assertThat(keyPage).contains("O=" + vendor.name()).contains("自己署名");
        assertThat(admin.get(disclosurePath()).getContentAsString()).contains("署名付き（ZIP）");

        MockHttpServletResponse download = admin.get(disclosurePath() + "/export?format=JSON&signed=true");
        assertThat(download.getHeader("Content-Disposition")).contains(".json.signed.zip");
        byte[] container = download.getContentAsByteArray();
        SignatureVerdict verdict = SignedContainer.read(container).verify();
        assertThat(verdict.valid()).isTrue();
        assertThat(keyPage).contains(verdict.signer().orElseThrow().sha256Fingerprint());

        String result = verify(hospitalViewer, hospital, new MockMultipartFile("file", "received.zip", null,
                container));
        assertThat(result).contains("署名は有効です。").contains("署名後、内容は変更されていません。")
                .contains("「" + vendor.name() + "」の現在の署名鍵です。");
    }

    @Test
    void aOneByteChangeInASignedWorkbookIsReportedAsAChange() throws Exception {
        createSelfSignedKey();
        SignedContainer signed = SignedContainer.read(
                admin.get(disclosurePath() + "/export?format=JAHIS&signed=true").getContentAsByteArray());
        assertThat(signed.documentName()).endsWith(".xlsx");
        byte[] workbook = signed.document().clone();
        workbook[workbook.length - 100] ^= 1;

        String result = verify(hospitalViewer, hospital, new MockMultipartFile("file", signed.documentName(), null,
                workbook), new MockMultipartFile("signature", "signature.p7s", null, signed.signature()));

        assertThat(result).contains("署名は有効ではありません。").contains("署名の後でファイルの内容が変更されています。")
                .contains("「" + vendor.name() + "」の現在の署名鍵です。");
    }

    @Test
    void aSignatureMadeWithAReplacedKeyIsStillTheVendors() throws Exception {
        createSelfSignedKey();
        byte[] container = admin.get(disclosurePath() + "/export?format=JSON&signed=true").getContentAsByteArray();
        createSelfSignedKey();

        assertThat(verify(hospitalViewer, hospital, new MockMultipartFile("file", "old.zip", null, container)))
                .contains("署名は有効です。").contains("「" + vendor.name() + "」の以前の署名鍵です。");
    }

    @Test
    void aSignatureByAKeyUnknownHereIsValidButSaysSo() throws Exception {
        SigningIdentity stranger = SelfSignedIdentity.generate(vendor.name(), "impostor", 30, Instant.now());
        byte[] container = SignedContainer.sign("mds.json", "{}".getBytes(StandardCharsets.UTF_8), stranger,
                Instant.now()).toBytes();

        assertThat(verify(hospitalViewer, hospital, new MockMultipartFile("file", "mds.zip", null, container)))
                .contains("署名は有効です。").contains("このプラットフォームに登録された鍵ではありません。");
    }

    @Test
    void somethingThatIsNoSignedContainerIsExplained() throws Exception {
        assertThat(verify(hospitalViewer, hospital, new MockMultipartFile("file", "mds.json", null,
                "{}".getBytes(StandardCharsets.UTF_8))))
                .contains("署名付きの ZIP ではないか、ファイルが壊れています。");
    }

    @Test
    void aKeyFromTheOrganisationsCaIsTakenAndItsCertificateWarnsBeforeItExpires() throws Exception {
        SigningIdentity issued = SelfSignedIdentity.generate(vendor.name(), "PSIRT", 20,
                clock.instant().minusSeconds(60));

        admin.upload("/orgs/" + vendor.id() + "/signing-key/import", pem("key", SigningIdentityPem.privateKey(issued)),
                pem("certificates", SigningIdentityPem.certificates(issued)));

        assertThat(admin.get("/orgs/" + vendor.id() + "/signing-key").getContentAsString())
                .contains("CN=PSIRT").contains("有効期限が切れます");
        assertThat(SignedContainer.read(admin.get(disclosurePath() + "/export?format=JSON&signed=true")
                .getContentAsByteArray()).verify().signer().orElseThrow().commonName()).contains("PSIRT");

        clock.advance(Duration.ofDays(21));
        assertThat(admin.get("/orgs/" + vendor.id() + "/signing-key").getContentAsString())
                .contains("有効期限が切れています");
        assertThat(admin.get(disclosurePath()).getContentAsString()).doesNotContain("署名付き（ZIP）");
        assertThat(admin.get(disclosurePath() + "/export?format=JSON&signed=true").getStatus()).isEqualTo(409);
    }

    @Test
    void aKeyThatDoesNotFitItsCertificateIsRefusedAndTheOldKeyStays() throws Exception {
        createSelfSignedKey();
        SigningIdentity one = SelfSignedIdentity.generate(vendor.name(), "one", 30, clock.instant());
        SigningIdentity other = SelfSignedIdentity.generate(vendor.name(), "other", 30, clock.instant());

        admin.upload("/orgs/" + vendor.id() + "/signing-key/import", pem("key", SigningIdentityPem.privateKey(one)),
                pem("certificates", SigningIdentityPem.certificates(other)));

        String after = admin.get("/orgs/" + vendor.id() + "/signing-key").getContentAsString();
        assertThat(after).contains("鍵と証明書を登録できませんでした").contains("does not belong to the certificate")
                .contains("<dd>CN=" + vendor.name());
    }

    @Test
    void aDraftIsNotSigned() throws Exception {
        createSelfSignedKey();
        String draftPath = admin.post(disclosurePath() + "/revise").getRedirectedUrl();

        assertThat(admin.get(draftPath).getContentAsString()).contains("下書き").doesNotContain("署名付き（ZIP）");
        assertThat(admin.get(draftPath + "/export?format=JSON&signed=true").getStatus()).isEqualTo(409);
    }

    /** Creates a key as the admin does, landing on the key's page as the browser would. */
    private String createSelfSignedKey() throws Exception {
        return admin.get(admin.post("/orgs/" + vendor.id() + "/signing-key/self-signed").getRedirectedUrl())
                .getContentAsString();
    }

    private String verify(WebSession session, Organisation organisation, MockMultipartFile... files)
            throws Exception {
        return session.upload("/orgs/" + organisation.id() + "/verify", files).getContentAsString();
    }

    private static MockMultipartFile pem(String field, String text) {
        return new MockMultipartFile(field, field + ".pem", null, text.getBytes(StandardCharsets.US_ASCII));
    }

    private WebSession signedIn(Organisation organisation, OrgRole role) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(fixtures.member(organisation, role).email(), Fixtures.PASSWORD);
        return session;
    }

    private String disclosurePath() {
        return "/orgs/" + vendor.id() + "/disclosures/" + published.id();
    }
}
