package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.signing.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A vendor's pipeline works with disclosures through the API with a token: imports a file, publishes, downloads
 * it signed; a hospital's script lists what it received and checks the signature.
 */
@ShinraiTest
@AutoConfigureMockMvc
class DisclosureApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    CatalogueLibrary catalogues;

    Organisation vendor;
    Organisation hospital;
    String vendorToken;
    String hospitalToken;

    @BeforeEach
    void tokensForAVendorAndAHospital() {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        vendorToken = token(vendor, OrgRole.EDITOR);
        hospitalToken = token(hospital, OrgRole.VIEWER);
    }

    @Test
    void aFileImportedThroughTheApiBecomesADraftThatIsListedWithWhatItStillLacks() throws Exception {
        StoredDisclosure source = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");
        byte[] json = mvc.perform(api(get(vendor, "/disclosures/" + source.id() + "/export?format=JSON")))
                .andReturn().getResponse().getContentAsByteArray();

        String location = mvc.perform(api(MockMvcRequestBuilders.multipart(base(vendor) + "/disclosures")
                        .file(new MockMultipartFile("file", "mds.json", null, json))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.disclosure.status").value("DRAFT"))
                .andExpect(jsonPath("$.disclosure.product").value("SMX 画像サーバ"))
                .andExpect(jsonPath("$.unmapped").isEmpty())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(api(MockMvcRequestBuilders.get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disclosure.revision").value(1))
                .andExpect(jsonPath("$.findings").isEmpty())
                .andExpect(jsonPath("$.progress[0].answered").isNumber());
        mvc.perform(api(get(vendor, "/disclosures")))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aFileThatIsNoDisclosureAnswers422AndNothingIsStored() throws Exception {
        mvc.perform(api(MockMvcRequestBuilders.multipart(base(vendor) + "/disclosures?lang=en")
                        .file(new MockMultipartFile("file", "answers.csv", null,
                                "1-①,いいえ".getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This is not an Excel workbook (.xlsx)."));

        assertThat(disclosures.of(vendor.id())).isEmpty();
    }

    @Test
    void anIncompleteDraftIsNotPublishedAndTheFindingsSayWhy() throws Exception {
        StoredDisclosure draft = disclosures.start(vendor.id(),
                catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow(), BasicInformation.empty());

        mvc.perform(api(post(vendor, "/disclosures/" + draft.id() + "/publish")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.findings[0].kind").value("UNANSWERED"))
                .andExpect(jsonPath("$.findings[0].description").value("未回答です。"));
    }

    @Test
    void aPublishedRevisionIsRevisedIntoADraftCopy() throws Exception {
        StoredDisclosure published = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");

        mvc.perform(api(post(vendor, "/disclosures/" + published.id() + "/revisions")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.seriesId").value(published.seriesId().toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void aHospitalDownloadsWhatItReceivedSignedAndTheApiNamesTheSigner() throws Exception {
        StoredDisclosure published = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");
        signingKeys.createSelfSigned(vendor.id());
        sharing.share(vendor.id(), published.id(), hospital.id());

        mvc.perform(hospitalApi(get(hospital, "/received")))
                .andExpect(jsonPath("$[0].publisher").value(vendor.name()))
                .andExpect(jsonPath("$[0].disclosure.documentId").value(published.document().documentId()));
        byte[] container = mvc.perform(hospitalApi(get(hospital, "/received/" + published.id()
                        + "/export?format=JAHIS&signed=true")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/vnd.etsi.asic-s+zip"))
                .andReturn().getResponse().getContentAsByteArray();

        mvc.perform(hospitalApi(MockMvcRequestBuilders.multipart(base(hospital) + "/signatures/verify")
                        .file(new MockMultipartFile("file", "received.zip", null, container))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.documentName").value(published.document().documentId() + "-r1.xlsx"))
                .andExpect(jsonPath("$.signer.organisation").value(vendor.name()))
                .andExpect(jsonPath("$.platformKeyOf.name").value(vendor.name()))
                .andExpect(jsonPath("$.platformKeyOf.current").value(true));
        mvc.perform(hospitalApi(get(vendor, "/signing-key")))
                .andExpect(status().isNotFound());
        mvc.perform(hospitalApi(MockMvcRequestBuilders.multipart(base(hospital) + "/signatures/verify")
                        .file(new MockMultipartFile("file", "note.txt", null, new byte[] {1, 2, 3}))))
                .andExpect(status().isUnprocessableContent());
    }

    private String token(Organisation organisation, OrgRole role) {
        UserAccount admin = fixtures.member(organisation, OrgRole.ORG_ADMIN);
        return tokens.issue(organisation.id(), admin.id(), "pipeline", role, Duration.ofDays(1)).secret();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B api(B request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + vendorToken);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B hospitalApi(B request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + hospitalToken);
    }

    private static String base(Organisation organisation) {
        return "/api/v1/organisations/" + organisation.id();
    }

    private static MockHttpServletRequestBuilder get(Organisation organisation, String path) {
        return MockMvcRequestBuilders.get(base(organisation) + path);
    }

    private static MockHttpServletRequestBuilder post(Organisation organisation, String path) {
        return MockMvcRequestBuilders.post(base(organisation) + path);
    }
}
