package io.shinrai.server.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.shinrai.crypto.OpenSslTimeStampAuthority;
import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TimeStampAuthority;
import io.shinrai.dicom.Attributes;
import io.shinrai.dicom.DataElement.Value;
import io.shinrai.dicom.DicomSigningKey;
import io.shinrai.dicom.DigitalSignatures;
import io.shinrai.dicom.Part10File;
import io.shinrai.dicom.Part10Writer;
import io.shinrai.dicom.SignatureRequest;
import io.shinrai.dicom.Tag;
import io.shinrai.dicom.TransferSyntax;
import io.shinrai.dicom.Vr;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A hospital checks the signatures of a DICOM image it received, on the page and through the API. */
@ShinraiTest
@AutoConfigureMockMvc
class DicomVerifyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Clock clock;

    Organisation hospital;
    WebSession viewer;
    SigningIdentity radiology;
    byte[] signed;

    @BeforeEach
    void aSignedImage() throws Exception {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        viewer = new WebSession(mvc);
        viewer.signIn(fixtures.member(hospital, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        radiology = SelfSignedIdentity.generate("Sakura Hospital", "Radiology", 30,
                clock.instant().minus(Duration.ofDays(1)));
        signed = Part10Writer.write(DigitalSignatures.sign(image(), SignatureRequest.everything(
                DicomSigningKey.of(radiology.privateKey(), radiology.certificate()), clock.instant())));
    }

    @Test
    void thePageSaysValidForATrustedSignerAndUntrustedWithoutTheCertificate() throws Exception {
        String trusted = viewer.upload(page(), dicom(signed), trust()).getContentAsString();
        assertThat(trusted).contains("有効：署名後、対象の要素は変更されておらず").contains("データセット本体")
                .contains("CN=Radiology").contains("ECDSA P-384 / SHA256").contains("Shinrai 独自の拡張");

        assertThat(viewer.upload(page(), dicom(signed)).getContentAsString()).contains("未確認の署名者");
    }

    @Test
    void aCertifiedTimestampIsShownWithItsAuthorityOnThePageAndInTheApi(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSslTimeStampAuthority.available(), "openssl is not on the PATH");
        byte[] stamped;
        String trusted;
        try (OpenSslTimeStampAuthority authority = OpenSslTimeStampAuthority.start(dir)) {
            stamped = Part10Writer.write(DigitalSignatures.sign(image(), SignatureRequest.everything(
                    DicomSigningKey.of(radiology.privateKey(), radiology.certificate()), clock.instant())
                    .timeStampedBy(new TimeStampAuthority(authority.url(), Duration.ofSeconds(30)))));
            trusted = SigningIdentityPem.certificates(radiology) + Files.readString(authority.rootCertificateFile());
        }
        MockMultipartFile trust = new MockMultipartFile("trust", "trusted.pem", null,
                trusted.getBytes(StandardCharsets.US_ASCII));

        assertThat(viewer.upload(page(), dicom(stamped), trust).getContentAsString())
                .contains("タイムスタンプ（RFC 3161）").contains("CN=Test Time-Stamping Authority")
                .contains("信頼する時刻認証局が発行したもので、この署名に対するものです");
        String token = tokens.issue(hospital.id(), fixtures.member(hospital, OrgRole.ORG_ADMIN).id(), "PACS",
                OrgRole.VIEWER, Duration.ofDays(1)).secret();
        assertThat(api(token, dicom(stamped), trust).getContentAsString()).contains("\"timeStamp\":{\"outcome\":\"VALID\"");
    }

    @Test
    void thePageSaysInvalidForAChangedImageAndExplainsAFileThatIsNotDicom() throws Exception {
        byte[] changed = signed.clone();
        changed[new String(changed, StandardCharsets.ISO_8859_1).indexOf("Yamada")] = 'H';

        assertThat(viewer.upload(page(), dicom(changed), trust()).getContentAsString()).contains("無効：");
        assertThat(viewer.upload(page(), new MockMultipartFile("file", "photo.jpg", null, new byte[] {1, 2, 3}))
                .getContentAsString()).contains("DICOM ファイル（PS3.10）として読み込めません。");
    }

    @Test
    void theApiAnswersPerSignatureAndRefusesWhatIsNotDicom() throws Exception {
        String token = tokens.issue(hospital.id(), fixtures.member(hospital, OrgRole.ORG_ADMIN).id(), "PACS",
                OrgRole.VIEWER, Duration.ofDays(1)).secret();

        MockHttpServletResponse valid = api(token, dicom(signed), trust());
        assertThat(valid.getStatus()).isEqualTo(200);
        assertThat(valid.getContentAsString()).contains("\"allValid\":true").contains("\"outcome\":\"VALID\"")
                .contains("\"extension\":true").contains("(0010,0010)");

        MockHttpServletResponse refused = api(token, new MockMultipartFile("file", "a.txt", null, new byte[10]));
        assertThat(refused.getStatus()).isEqualTo(422);
    }

    private MockHttpServletResponse api(String token, MockMultipartFile... files) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/organisations/" + hospital.id() + "/dicom/verify");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).with(csrf()))
                .andReturn().getResponse();
    }

    private String page() {
        return "/orgs/" + hospital.id() + "/dicom/verify";
    }

    private static MockMultipartFile dicom(byte[] bytes) {
        return new MockMultipartFile("file", "ct.dcm", null, bytes);
    }

    private MockMultipartFile trust() {
        return new MockMultipartFile("trust", "radiology.pem", null,
                SigningIdentityPem.certificates(radiology).getBytes(StandardCharsets.US_ASCII));
    }

    private static Part10File image() {
        Attributes meta = new Attributes(List.of(text(Tag.TRANSFER_SYNTAX_UID, Vr.UI, "1.2.840.10008.1.2.1\0")));
        Attributes dataSet = new Attributes(List.of(
                text(Tag.of(0x0008, 0x0016), Vr.UI, "1.2.840.10008.5.1.4.1.1.2\0"),
                text(Tag.of(0x0008, 0x0018), Vr.UI, "1.2.392.200036.9999.7.2"),
                text(Tag.of(0x0010, 0x0010), Vr.PN, "Yamada^Taro ")));
        return new Part10File(new byte[128], meta, TransferSyntax.EXPLICIT_LITTLE, dataSet);
    }

    private static Value text(Tag tag, Vr vr, String text) {
        return new Value(tag, vr, text.getBytes(StandardCharsets.US_ASCII));
    }
}
